//! The start page as HTML, for the build (`scripts/postbuild.mjs`) to put
//! into the widget's pages, so that it is painted before the module
//! arrives. Drawn by Yew's server-side renderer from the app's own
//! `shell` and `StartPage`, so the markup has one source; compiled only
//! natively, never into the wasm module.
//!
//! Prints JSON: `pages` (the start page in each language, as the app first
//! draws it on a page with no settings that change its look, no saved
//! answers and no link) and `early`, the facts the early script
//! (`embed/early.js`) needs to choose which copy to show, if any.

use crate::app::{shell, Mode};
use crate::browser::{LANG_KEY, STORAGE_KEY};
use crate::components::start::{urgent, StartPage};
use screening::config::Config;
use screening::text::PageText;
use screening::Locale;
use serde_json::{json, Map, Value};
use yew::prelude::*;

/// The settings that change how the start page looks: a region's emergency
/// numbers in its text, a colour scheme, an accent colour, compact spacing.
/// With any of them in the address, only the app draws the start page.
const REDRAWN: &[&str] = &["accent", "scheme", "compact", "region"];

#[derive(Properties, PartialEq)]
struct Props {
    locale: Locale,
}

/// The app's first screen with no settings, nothing saved and no link: its
/// `App` draws exactly this for `Step::Start`.
#[function_component(StartScreen)]
fn start_screen(props: &Props) -> Html {
    let locale = props.locale;
    let body = html! {
        <StartPage {locale} on_start={Callback::noop()} has_saved={false} on_forget={Callback::noop()} />
    };
    shell(
        locale,
        &Config::default(),
        Mode::Page,
        NodeRef::default(),
        &Callback::noop(),
        body,
    )
}

/// What shows where the check cannot run: where no script has run (scripts
/// off, or the early script never arrived; the stylesheet hides it once
/// that script has run), or when it has not loaded (the early script shows
/// it again): in each language, that the check has not loaded and what to
/// do, and the signs that mean getting help now or today, which must not
/// wait for it.
#[function_component(Fallback)]
fn fallback() -> Html {
    html! {
        <main class="rls-app" data-rls-fallback="">
            { for Locale::ALL.iter().map(|t| html! {
                <div lang={t.code()}>
                    <p class="rls-body">{ t.page(PageText::FallbackLead) }</p>
                    { urgent(*t, None) }
                    <p class="rls-body">{ t.page(PageText::FallbackToday) }</p>
                    <p class="rls-body">{ t.page(PageText::FallbackHarm) }</p>
                    <p class="rls-body">{ t.page(PageText::FallbackOther) }</p>
                </div>
            }) }
        </main>
    }
}

fn render<C: BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// The start page in `locale`, marked as the prerendered copy for it.
fn page(locale: Locale) -> Option<String> {
    let html = render::<StartScreen>(Props { locale });
    let mark = format!("<main data-rls-boot=\"{}\" ", locale.code());
    html.starts_with("<main ")
        .then(|| html.replacen("<main ", &mark, 1))
}

pub fn print() {
    let mut pages = Map::new();
    for locale in Locale::ALL {
        let Some(html) = page(*locale) else {
            eprintln!("prerender: the start page does not begin with <main>");
            std::process::exit(1);
        };
        pages.insert(locale.code().to_string(), Value::from(html));
    }
    let loading: Map<String, Value> = Locale::ALL
        .iter()
        .map(|l| {
            (
                l.code().to_string(),
                Value::from(l.page(PageText::StartLoading)),
            )
        })
        .collect();
    let facts = json!({
        "pages": pages,
        "fallback": render::<Fallback>(()),
        "early": {
            "loading": loading,
            "locales": Locale::ALL.iter().map(|l| l.code()).collect::<Vec<_>>(),
            "answers": STORAGE_KEY,
            "lang": LANG_KEY,
            "redrawn": REDRAWN,
            "link": screening::host::link_prefix(),
            "titles": screening::host::titles()
                .map(|(code, title)| (code.to_string(), Value::from(title)))
                .collect::<Map<_, _>>(),
        },
    });
    println!("{facts}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use screening::config;
    use screening::Ui;

    /// The settings that leave the start page as drawn here (`lang` chooses
    /// which language's copy shows).
    const AS_DRAWN: &[&str] = &[
        "lang",
        "share-base",
        "share-origins",
        "origin",
        "save",
        "fit",
    ];

    #[test]
    fn every_setting_either_leaves_the_start_page_as_drawn_or_is_drawn_by_the_app() {
        for key in config::KEYS {
            let redrawn = REDRAWN.contains(key);
            let as_drawn = AS_DRAWN.contains(key);
            assert!(
                redrawn != as_drawn,
                "{key}: say whether it changes the start page"
            );
        }
        assert_eq!(REDRAWN.len() + AS_DRAWN.len(), config::KEYS.len());
    }

    #[test]
    fn the_start_page_is_drawn_in_each_language_with_its_start_button() {
        for locale in Locale::ALL {
            let html = page(*locale).unwrap_or_default();
            let mark = format!("<main data-rls-boot=\"{}\" ", locale.code());
            assert!(html.starts_with(&mark), "{html}");
            assert!(html.contains(&format!("lang=\"{}\"", locale.code())));
            assert!(html.contains(locale.ui(screening::Ui::StartButton)));
            assert!(html.contains(locale.ui(screening::Ui::StartHeading)));
            assert!(!html.contains("<!--"), "no hydration marks: {html}");
        }
    }

    #[test]
    fn where_the_check_cannot_run_each_language_says_so_and_lists_the_urgent_signs() {
        let html = render::<Fallback>(());
        for locale in Locale::ALL {
            for key in [
                Ui::StartUrgentSpine,
                Ui::StartUrgentHarm,
                Ui::StartUrgentCalf,
            ] {
                assert!(html.contains(locale.ui(key)), "{key:?} in {locale:?}");
            }
            for key in [
                PageText::FallbackLead,
                PageText::FallbackToday,
                PageText::FallbackHarm,
                PageText::FallbackOther,
            ] {
                let words = locale.page(key);
                assert!(
                    words.len() > 20 && html.contains(words),
                    "{key:?} in {locale:?}"
                );
            }
        }
        assert!(!html.contains("<button"), "nothing to press: {html}");
    }
}
