//! Prints, as JSON, what the host page's scripts share with the widget
//! (`screening::host`). The build writes it into `embed.js` and the inline
//! element in place of `__FACTS__`.
//!
//!     cargo run -q -p screening --example host_facts

use screening::host;
use serde_json::{json, Map, Value};

fn main() {
    let titles: Map<String, Value> = host::titles()
        .map(|(code, title)| (code.to_string(), Value::from(title)))
        .collect();
    let facts = json!({
        "settings": host::settings().collect::<Vec<_>>(),
        "titles": titles,
        "link": host::link_prefix(),
        "height": host::HEIGHT_MESSAGE,
        "fit": host::FIT_CONTENT,
    });
    println!("{facts}");
}
