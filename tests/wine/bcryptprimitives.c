/* A stand-in for Windows' bcryptprimitives.dll, for the Wine test prefix only: never shipped.
 *
 * Rust's standard library gets its random numbers from ProcessPrng in bcryptprimitives.dll
 * (Windows 10 and later have it). Debian 12's Wine 8.0 does not provide that DLL, so every Rust
 * program fails to start under it (STATUS_DLL_NOT_FOUND). scripts/package-check.sh builds this
 * file with MinGW and puts it in the throwaway prefix's system32. It draws from RtlGenRandom
 * (advapi32's SystemFunction036), which Wine implements with the host's random source. */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
