//! The first screen's modules are fetched at once (issue 11): `ui/index.html` preloads exactly the
//! modules `js/main.js` imports statically, directly or not. A module added to that graph and not
//! to the list would be fetched one import after the other again; one left in the list after it
//! leaves the graph would be fetched for nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn ui() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui")
}

/// The modules `file` imports statically (`import … from '…'`, `import '…'`), as paths relative
/// to `ui/`. Dynamic `import(…)` is not followed: it is what keeps a module off the first screen.
fn static_imports(file: &str) -> Vec<String> {
    let text = std::fs::read_to_string(ui().join(file)).unwrap();
    let dir = Path::new(file).parent().unwrap();
    text.lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with("import ") || l.starts_with("} from "))
        .filter_map(|l| {
            let quoted = l.rsplit_once(" from ").map_or(l, |(_, q)| q);
            let start = quoted.find(['\'', '"'])? + 1;
            let end = start + quoted[start..].find(['\'', '"'])?;
            Some(quoted[start..end].to_string())
        })
        .map(|spec| normalise(&dir.join(spec)))
        .collect()
}

fn normalise(path: &Path) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.iter().map(|p| p.to_str().unwrap()) {
        match part {
            "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

#[test]
fn index_html_preloads_exactly_the_first_screens_modules() {
    let mut graph = BTreeSet::new();
    let mut todo = static_imports("js/main.js");
    while let Some(module) = todo.pop() {
        if graph.insert(module.clone()) {
            todo.extend(static_imports(&module));
        }
    }
    assert!(
        !graph.contains("js/views/shell.js"),
        "the open vault's screens load after the first screen, not before it"
    );
    let html = std::fs::read_to_string(ui().join("index.html")).unwrap();
    let preloaded: BTreeSet<String> = html
        .lines()
        .filter(|l| l.contains("rel=\"modulepreload\""))
        .map(|l| {
            let start = l.find("href=\"").unwrap() + 6;
            let end = start + l[start..].find('"').unwrap();
            l[start..end].to_string()
        })
        .collect();
    assert_eq!(preloaded, graph, "index.html's modulepreload list");
    for line in html.lines().filter(|l| l.contains("rel=\"preload\"")) {
        let start = line.find("href=\"").unwrap() + 6;
        let end = start + line[start..].find('"').unwrap();
        assert!(
            ui().join(&line[start..end]).is_file(),
            "{} is preloaded but does not exist",
            &line[start..end]
        );
    }
}

/// Review, 2026-12-04: forms with a number range or a required field let the browser refuse the
/// input — WebView2 in the system's language (« Value must be less than or equal to 365. »),
/// WebKitGTK with nothing at all — so Rust's worded error was never reached. In a module that
/// has such a field, every form is `novalidate`.
#[test]
fn a_form_with_constrained_fields_leaves_the_wording_to_rust() {
    let views = ui().join("js/views");
    let constrained = [
        "type: 'number'",
        "required: true",
        "min: ",
        "max: ",
        "pattern: ",
    ];
    let mut checked = 0;
    for entry in std::fs::read_dir(&views).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        if !constrained.iter().any(|c| text.contains(c)) {
            continue;
        }
        for (at, _) in text.match_indices("h('form', {") {
            let opening = &text[at..];
            let attrs = &opening[..opening.find("onsubmit").unwrap_or(opening.len()).min(200)];
            assert!(
                attrs.contains("novalidate: true"),
                "{}: a form without `novalidate`: {}",
                path.display(),
                &opening[..opening.len().min(80)]
            );
            checked += 1;
        }
    }
    assert!(checked >= 4, "the forms with a range were found: {checked}");
}
