//! A blank Tauri 2 app: the baseline of scripts/bench-startup.sh. One window the size of
//! Passerelle's, created the same way (in `setup`), showing a static page.

fn main() {
    tauri::Builder::default()
        .setup(|app| {
            tauri::WebviewWindowBuilder::new(
                app,
                "main",
                tauri::WebviewUrl::App("index.html".into()),
            )
            .title("Blank")
            .inner_size(1200.0, 800.0)
            .build()?;
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("the blank app runs");
}
