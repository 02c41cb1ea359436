; Passerelle's Windows installer, built on Linux by Debian's makensis (scripts/package.sh).
;
; Why a script of our own rather than Tauri's NSIS bundler: the bundler downloads NSIS plugins
; from GitHub while it bundles, which these build machines cannot reach (docs/packaging.md).
;
; What it does:
; - installs for the current user only, without administrator rights, in
;   %LOCALAPPDATA%\Programs\Passerelle (passerelle.exe, passerelle-cli.exe, WebView2Loader.dll);
; - a Start menu shortcut, a desktop shortcut only if asked for, an « Apps » entry (HKCU);
; - WebView2: Windows 11 and updated Windows 10 ship it. The installer never downloads it (the
;   app works offline, and so does its installer): when it is missing, it says so and what to do;
;   the app says the same at start-up;
; - the uninstaller removes the program, never the cases: the encrypted vault lives in
;   %LOCALAPPDATA%\fr.passerelle.app and stays until the worker deletes it.
;
; Defines given by scripts/package.sh: VERSION (x.y.z), SRCDIR (the files to install), ICON,
; OUTFILE.

; A 64-bit installer for a 64-bit app: it also runs under Wine without 32-bit support, which is
; how scripts/package-check.sh installs it.
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include MUI2.nsh
!include LogicLib.nsh
!include WinVer.nsh
!include x64.nsh
!include FileFunc.nsh

!define PRODUCT "Passerelle"
!define PUBLISHER "Passerelle"
!define DATA_ID "fr.passerelle.app"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${DATA_ID}"
; The process-level WER exclusion the app adds for itself at start-up (core/src/hardening.rs).
!define WER_EXCLUDED "Software\Microsoft\Windows\Windows Error Reporting\ExcludedApplications"
; The WebView2 runtime's product code (Microsoft's « Distribute your app and the WebView2
; Runtime », section « Detect if a WebView2 Runtime is already installed »).
!define WEBVIEW2_CLIENT "Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "AGPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\passerelle.exe"
; The « show readme » box, used for the optional desktop shortcut: unticked, since an icon on the
; desktop tells anyone looking at the screen what the laptop is used for.
!define MUI_FINISHPAGE_SHOWREADME ""
!define MUI_FINISHPAGE_SHOWREADME_TEXT "$(DesktopShortcut)"
!define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
!define MUI_FINISHPAGE_SHOWREADME_FUNCTION CreateDesktopShortcut
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "$(KeepData)"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; French first: it is the default when Windows' language is neither.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString DesktopShortcut ${LANG_FRENCH} "Créer un raccourci sur le bureau"
LangString DesktopShortcut ${LANG_ENGLISH} "Create a desktop shortcut"
LangString NeedsX64 ${LANG_FRENCH} "Passerelle demande une version 64 bits de Windows 10 ou 11."
LangString NeedsX64 ${LANG_ENGLISH} "Passerelle needs a 64-bit Windows 10 or 11."
LangString NoWebView2 ${LANG_FRENCH} "Passerelle s’installe, mais sa fenêtre a besoin du composant Microsoft Edge WebView2, absent de cet ordinateur. Windows 11 et Windows 10 à jour l’ont déjà.$\r$\n$\r$\nPour l’ajouter sans réseau : sur un ordinateur connecté, téléchargez chez Microsoft le « programme d’installation autonome Evergreen » de WebView2 Runtime (x64), copiez-le sur une clé USB et lancez-le ici.$\r$\n$\r$\nEn attendant, l’outil en ligne de commande passerelle-cli fonctionne déjà."
LangString NoWebView2 ${LANG_ENGLISH} "Passerelle will be installed, but its window needs the Microsoft Edge WebView2 component, which this computer lacks. Windows 11 and updated Windows 10 already have it.$\r$\n$\r$\nTo add it without a network: on a connected computer, download Microsoft's WebView2 Runtime “Evergreen Standalone Installer” (x64), copy it to a USB stick and run it here.$\r$\n$\r$\nMeanwhile, the passerelle-cli command-line tool already works."
LangString KeepData ${LANG_FRENCH} "Passerelle va être désinstallé. Les dossiers ne sont pas supprimés : le coffre chiffré reste dans $LOCALAPPDATA\${DATA_ID}. Pour les effacer aussi, supprimez ce dossier vous-même."
LangString KeepData ${LANG_ENGLISH} "Passerelle will be uninstalled. The cases are not deleted: the encrypted vault stays in $LOCALAPPDATA\${DATA_ID}. To erase them too, delete that folder yourself."

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_ICONSTOP "$(NeedsX64)" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

Function CreateDesktopShortcut
  CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\passerelle.exe"
FunctionEnd

; Sets $0 to the installed WebView2 runtime's version, or to "" when there is none.
Function FindWebView2
  SetRegView 64
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\${WEBVIEW2_CLIENT}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\${WEBVIEW2_CLIENT}" "pv"
  ${EndIf}
  SetRegView lastused
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
FunctionEnd

Section "Passerelle" SecMain
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${SRCDIR}\passerelle.exe"
  File "${SRCDIR}\passerelle-cli.exe"
  ; The GNU target links WebView2's loader dynamically: it must sit beside the executable.
  File "${SRCDIR}\WebView2Loader.dll"
  ; The AGPL's text and the licences of everything compiled in.
  File "${SRCDIR}\LICENSE.txt"
  File "${SRCDIR}\crates.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\passerelle.exe"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\passerelle.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  Call FindWebView2
  ${If} $0 == ""
    DetailPrint "WebView2: absent"
    MessageBox MB_ICONINFORMATION "$(NoWebView2)" /SD IDOK
  ${Else}
    DetailPrint "WebView2: $0"
  ${EndIf}
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\passerelle.exe"
  Delete "$INSTDIR\passerelle-cli.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\crates.txt"
  Delete "$INSTDIR\uninstall.exe"
  ; Not /r: only our own files go; the folder goes only if nothing else was put in it.
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  Delete "$DESKTOP\${PRODUCT}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegValue HKCU "${WER_EXCLUDED}" "passerelle.exe"
  DeleteRegValue HKCU "${WER_EXCLUDED}" "passerelle-cli.exe"
  ; $LOCALAPPDATA\${DATA_ID} (the vault, the log, the preferences) is never touched.
SectionEnd
