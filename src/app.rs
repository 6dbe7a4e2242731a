//! The root component: holds the `Session` in a reducer and keeps the
//! browser in step with it (address bar, storage, title, focus). Which
//! screen shows is decided by `Session::step` alone.

use crate::browser;
use crate::components::{
    broken_link::broken_link_page,
    language::language_switch,
    question::QuestionPage,
    results::{flags, ResultsPage},
    review::{review_page, Review},
    start::StartPage,
};
use gloo::events::EventListener;
use screening::config::{Config, Save, Scheme};
use screening::{evaluate, Action, Answers, Input, Level, QuestionId, Session, Step};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// `Session` wrapped for `use_reducer`; the transition itself is the core's.
#[derive(Clone, Debug, PartialEq)]
struct Model(Session);

impl Reducible for Model {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Model(next))
        }
    }
}

/// The session a page load starts with: the share link it was given, or
/// (when `restore`) saved answers at the step the address bar names, or the
/// nearest one the answers allow.
fn initial_session(reads_steps: bool, restore: bool, link: Option<&str>) -> Session {
    let answers = if restore {
        browser::load_answers().unwrap_or_default()
    } else {
        Answers::default()
    };
    let session = Session {
        answers,
        ..Session::new()
    };
    let action = match link {
        Some(link) => Some(Action::OpenLink(link.to_string())),
        None => Action::from_fragment(&browser::fragment(), reads_steps),
    };
    match action {
        Some(action) => session.apply(action),
        None => session,
    }
}

/// Where the widget runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Its own page: it owns the address bar and the title.
    Page,
    /// Its own page inside a host's iframe: as `Page`, and it reports its
    /// height to the host.
    Frame,
    /// Inside a host page's shadow root: the address bar and the title are
    /// the host's; only share links (`#rls=…`) are read from it.
    Inline,
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub mode: Mode,
    #[prop_or_default]
    pub config: Config,
    /// A share link to open, taken from the host page's address before the
    /// widget loaded (inline mode).
    #[prop_or_default]
    pub link: Option<String>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let mode = props.mode;
    let owns_address = mode != Mode::Inline;
    // In anyone's frame, nothing saved shows before the visitor acts: what a
    // frame shows at a given address must not depend on what is saved, or a
    // page could learn it from the frame's height.
    let framed = owns_address && browser::is_framed();
    let reads_steps = owns_address && !framed;
    let saves = match props.config.save {
        Some(Save::Browser) => true,
        Some(Save::Memory) => false,
        None => mode != Mode::Inline,
    };
    let restore = saves && !framed;
    // The host's or the address's choice, then the visitor's earlier choice
    // here, then the browser's languages, then English.
    let explicit = props.config.locale;
    let locale_state = use_state(move || {
        explicit
            .or_else(|| restore.then(browser::stored_locale).flatten())
            .or_else(browser::browser_locale)
            .unwrap_or_default()
    });
    let locale = *locale_state;
    browser::remember_locale(locale);
    let on_language = {
        let locale_state = locale_state.clone();
        Callback::from(move |l: screening::Locale| {
            if saves {
                browser::store_locale(l);
            }
            locale_state.set(l);
        })
    };
    let link = props.link.clone();
    // The address as the first render read it (see the listeners below).
    let first_fragment = use_mut_ref(String::new);
    let model = {
        let first_fragment = first_fragment.clone();
        use_reducer(move || {
            let link = link.or_else(|| {
                // Inline, a share link in the host page's address is taken out
                // of it, so that the host's scripts see it as briefly as can be.
                let fragment = browser::fragment();
                (mode == Mode::Inline && Step::is_share_fragment(&fragment)).then(|| {
                    browser::clear_share_fragment();
                    fragment
                })
            });
            let session = initial_session(reads_steps, restore, link.as_deref());
            *first_fragment.borrow_mut() = browser::fragment();
            Model(session)
        })
    };
    let session = &model.0;
    let root = use_node_ref();
    // Whether saved answers have been read (or there is nothing to read),
    // and the answers storage holds as far as this page knows.
    let storage_read = use_mut_ref(|| !saves || restore);
    let last_saved = use_mut_ref(|| model.0.answers.clone());
    let forgotten = use_state(|| false);

    // Follow the browser's Back and Forward buttons (popstate) and links or
    // edits that change the fragment (hashchange).
    // The renderer may yield to the browser between the first render and
    // these listeners, and a link handed over then (the embed script
    // navigates its frame as soon as it loads) changes the address with no
    // listener yet: so the address is read once more when they start, before
    // the first render's address correction could overwrite it.
    {
        let dispatcher = model.dispatcher();
        use_effect_with((), move |_| {
            let follow = move || {
                let fragment = browser::fragment();
                if let Some(action) = Action::from_fragment(&fragment, reads_steps) {
                    if !owns_address {
                        browser::clear_share_fragment();
                    }
                    dispatcher.dispatch(action);
                }
            };
            let listeners: Vec<EventListener> = web_sys::window()
                .map(|w| {
                    ["popstate", "hashchange"]
                        .into_iter()
                        .map(|event| {
                            let follow = follow.clone();
                            EventListener::new(&w, event, move |_| follow())
                        })
                        .collect()
                })
                .unwrap_or_default();
            if browser::fragment() != *first_fragment.borrow() {
                follow();
            }
            move || drop(listeners)
        });
    }

    // Keep the address bar, the title and the page language in step. The
    // first render corrects the address in place; later steps add history
    // entries so that Back and Forward walk them.
    let first_address = use_mut_ref(|| true);
    {
        let title = locale.page_title(session);
        let fragment = session.fragment();
        let lang = locale.code();
        use_effect_with((title, fragment, lang), move |(title, fragment, lang)| {
            let first = std::mem::replace(&mut *first_address.borrow_mut(), false);
            if owns_address {
                if let Some(fragment) = fragment {
                    browser::show_fragment(fragment, first);
                }
                browser::set_title(title);
                browser::set_document_lang(lang);
            }
        });
    }

    // Move focus to the new heading (or the error summary) when the step or
    // the error changes: only after the person has acted, never on page
    // load, so an embedding page does not jump; and not on a language switch.
    let first_step = use_mut_ref(|| true);
    {
        let root = root.clone();
        use_effect_with((session.step, session.error), move |(step, error)| {
            if let Step::BrokenLink(e) = step {
                browser::warn(&format!("The share link could not be opened: {e}"));
            }
            if std::mem::replace(&mut *first_step.borrow_mut(), false) {
                return;
            }
            if let Some(root) = root.cast::<web_sys::Element>() {
                let target = if error.is_some() {
                    "rls-error-summary"
                } else {
                    "rls-heading"
                };
                browser::focus(&root, target);
            }
        });
    }

    // In the embed script's iframe, when the host asked for it, report the
    // content's height to the embedding page's origin so the frame can fit it.
    {
        let root = root.clone();
        let target = (mode == Mode::Frame && props.config.fit)
            .then(|| props.config.origin.clone())
            .flatten();
        use_effect_with(target, move |target| {
            let observer = target.as_deref().and_then(|origin| {
                root.cast::<web_sys::Element>()
                    .and_then(|el| browser::report_height(&el, origin))
            });
            move || drop(observer)
        });
    }

    // Save answers after every change the person makes (not on loading
    // them, so that 30 days without a change forgets them); nothing is saved
    // if storage is unavailable or the host chose memory only.
    {
        let storage_read = storage_read.clone();
        let last_saved = last_saved.clone();
        use_effect_with(session.answers.clone(), move |answers: &Answers| {
            if saves && *last_saved.borrow() != *answers {
                browser::save_answers(answers);
                *last_saved.borrow_mut() = answers.clone();
                *storage_read.borrow_mut() = true;
            }
        });
    }

    // Another tab of the check saved or forgot answers: this one follows, so
    // that two tabs never undo each other (a tab still holding forgotten
    // answers would save them again).
    {
        let dispatcher = model.dispatcher();
        let storage_read = storage_read.clone();
        let last_saved = last_saved.clone();
        use_effect_with(saves, move |saves| {
            let listener = (*saves).then(web_sys::window).flatten().map(|w| {
                EventListener::new(&w, "storage", move |event| {
                    let key = event
                        .dyn_ref::<web_sys::StorageEvent>()
                        .and_then(web_sys::StorageEvent::key);
                    // No key: the whole storage was cleared.
                    let ours = key.as_deref().is_none_or(|k| k == browser::STORAGE_KEY);
                    if !ours || !*storage_read.borrow() {
                        return;
                    }
                    let answers = browser::load_answers().unwrap_or_default();
                    *last_saved.borrow_mut() = answers.clone();
                    dispatcher.dispatch(Action::Adopt(answers));
                })
            });
            move || drop(listener)
        });
    }

    let dispatch = |action: Action| {
        let model = model.clone();
        Callback::from(move |_| model.dispatch(action.clone()))
    };

    let on_back = dispatch(Action::Back);

    // Forget: storage and memory alike, then the start page says so.
    let forget = {
        let model = model.clone();
        let forgotten = forgotten.clone();
        let storage_read = storage_read.clone();
        let last_saved = last_saved.clone();
        Callback::from(move |_| {
            browser::forget_answers();
            *storage_read.borrow_mut() = true;
            *last_saved.borrow_mut() = Answers::default();
            forgotten.set(true);
            model.dispatch(Action::Restart);
        })
    };

    // Start: in a frame, saved answers are read only now, and then offered
    // as a choice on the start page rather than taken up at once.
    let on_start = {
        let model = model.clone();
        let forgotten = forgotten.clone();
        let storage_read = storage_read.clone();
        let last_saved = last_saved.clone();
        Callback::from(move |()| {
            forgotten.set(false);
            let unread = !std::mem::replace(&mut *storage_read.borrow_mut(), true);
            if unread {
                if let Some(saved) = browser::load_answers().filter(|a| !a.is_empty()) {
                    *last_saved.borrow_mut() = saved.clone();
                    model.dispatch(Action::Adopt(saved));
                    return;
                }
            }
            model.dispatch(Action::Begin);
        })
    };

    let body = match session.step {
        Step::Start => html! {
            <StartPage
                {locale}
                region={props.config.region}
                {on_start}
                has_saved={!session.answers.is_empty()}
                forgotten={*forgotten}
                {saves}
                on_forget={forget.clone()}
            />
        },
        Step::BrokenLink(error) => broken_link_page(locale, error, &dispatch(Action::LeaveShared)),
        Step::Question(id) => {
            let on_submit = {
                let model = model.clone();
                Callback::from(move |input: Input| model.dispatch(Action::Submit(input)))
            };
            // A warning raised by an answer so far is shown at once, above
            // every later question, not only on the results page.
            let so_far = evaluate(&session.answers);
            html! {
                <>
                { for [Level::Emergency, Level::Today].iter().map(|l| flags(locale, props.config.region, &so_far, *l)) }
                <QuestionPage
                    {locale}
                    key={id.key()}
                    {id}
                    answer={session.answers.get(id).cloned()}
                    error={session.error}
                    progress={session.progress().unwrap_or((1, 1))}
                    back_href={session.apply(Action::Back).step.fragment()}
                    on_back={on_back.clone()}
                    {on_submit}
                />
                </>
            }
        }
        Step::Review => {
            let on_change = {
                let model = model.clone();
                Callback::from(move |q: QuestionId| model.dispatch(Action::Change(q)))
            };
            review_page(
                locale,
                Review {
                    answers: &session.answers,
                    back_href: &session.apply(Action::Back).step.fragment(),
                    on_back: &on_back,
                    on_change: &on_change,
                    on_continue: &dispatch(Action::ShowResults),
                },
            )
        }
        Step::Results | Step::SharedResults => {
            let shared = session.step == Step::SharedResults;
            let answers = session.shown_answers().clone();
            let fragment = screening::share_link::fragment(&answers);
            let share_url = match &props.config.share_base {
                Some(base) => format!("{base}{fragment}"),
                None => format!("{}{fragment}", browser::own_page()),
            };
            html! {
                <ResultsPage
                    {locale}
                    region={props.config.region}
                    report={Rc::new(evaluate(&answers))}
                    {answers}
                    back_href={session.apply(Action::Back).step.fragment()}
                    on_back={on_back.clone()}
                    {share_url}
                    {shared}
                    on_restart={if shared { dispatch(Action::LeaveShared) } else { forget.clone() }}
                    on_forget={forget}
                    {saves}
                    on_edit_shared={dispatch(Action::EditShared)}
                />
            }
        }
    };

    // Theming from configuration: only typed, validated values reach CSS,
    // and through the CSSOM, which a strict style-src policy allows (a
    // `style` attribute would be blocked).
    {
        let root = root.clone();
        use_effect_with(props.config.accent, move |accent| {
            if let (Some(c), Some(el)) = (accent, root.cast::<web_sys::HtmlElement>()) {
                let style = el.style();
                let _ = style.set_property("--rls-color-accent", &c.hex());
                let _ = style.set_property("--rls-color-accent-text", &c.text_on().hex());
                let _ = style.set_property("--rls-color-accent-shadow", &c.text_on().hex());
            }
        });
    }
    let scheme = match props.config.scheme {
        Scheme::Auto => None,
        s => Some(s.key()),
    };
    let class = classes!(
        "rls-app",
        props.config.compact.then_some("rls-app--compact"),
        (mode == Mode::Frame).then_some("rls-app--framed")
    );

    html! {
        <main {class} ref={root} lang={locale.code()} data-scheme={scheme}>
            { language_switch(locale, &on_language) }
            { body }
        </main>
    }
}

/// Component tests in a real browser: mount the app and use it through the DOM.
#[cfg(all(test, target_arch = "wasm32"))]
#[allow(clippy::expect_used, clippy::panic)]
mod browser_tests {
    use super::*;
    use screening::Locale;
    use std::time::Duration;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn document() -> web_sys::Document {
        web_sys::window()
            .and_then(|w| w.document())
            .expect("a document")
    }

    /// Waits until `done` holds, giving Yew time to render; fails after 5 s.
    async fn until(what: &str, done: impl Fn() -> bool) {
        for _ in 0..500 {
            if done() {
                return;
            }
            yew::platform::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("timed out waiting for {what}");
    }

    fn text_of(root: &web_sys::Element, selector: &str) -> String {
        root.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    fn click(root: &web_sys::Element, selector: &str) {
        root.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .expect("the element to click")
            .click();
    }

    #[wasm_bindgen_test]
    async fn start_then_a_refused_continue_shows_the_error_pattern() {
        if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = s.clear();
        }
        let _ = web_sys::window().expect("a window").location().set_hash("");
        let root = document().create_element("div").expect("a div");
        document()
            .body()
            .expect("a body")
            .append_child(&root)
            .expect("appended");
        yew::Renderer::<App>::with_root_and_props(
            root.clone(),
            AppProps {
                mode: Mode::Page,
                config: Config::default(),
                link: None,
            },
        )
        .render();
        until("the start page", || {
            text_of(&root, "h1") == "Check your restless legs symptoms"
        })
        .await;

        click(&root, ".rls-button--start");
        let age = Locale::En.prompt(QuestionId::Age);
        until("the first question", || text_of(&root, "h1") == age).await;
        assert_eq!(text_of(&root, ".rls-caption__progress"), "Question 1 of 26");
        assert_eq!(
            document().title(),
            format!("Question 1 of 26 \u{2013} {age} \u{2013} Restless legs check")
        );

        click(&root, "button[type=submit]");
        until("the error summary", || {
            text_of(&root, "#rls-error-summary h2") == "There is a problem"
        })
        .await;
        let radio = root
            .query_selector("#rls-age-adult")
            .ok()
            .flatten()
            .expect("the adult radio");
        assert_eq!(radio.get_attribute("aria-invalid").as_deref(), Some("true"));
        let focused = || {
            document()
                .active_element()
                .map(|e| e.id())
                .unwrap_or_default()
        };
        until("focus on the error summary", || {
            focused() == "rls-error-summary"
        })
        .await;

        click(&root, "#rls-age-adult");
        click(&root, "button[type=submit]");
        let warning = Locale::En.prompt(QuestionId::WarningSigns);
        until("the second question", || text_of(&root, "h1") == warning).await;
        assert!(root
            .query_selector("#rls-error-summary")
            .ok()
            .flatten()
            .is_none());
        root.remove();
    }

    #[wasm_bindgen_test]
    fn the_crash_panel_replaces_the_widget_inside_its_own_root() {
        // An inline widget: its root inside a closed shadow root.
        let host = document().create_element("div").expect("an element");
        document()
            .body()
            .expect("a body")
            .append_child(&host)
            .expect("appended");
        let root = browser::shadow_mount_point(&host, "about:blank").expect("a mount point");
        let app = document().create_element("main").expect("an element");
        app.set_class_name("rls-app");
        let button = document().create_element("button").expect("a button");
        app.append_child(&button).expect("appended");
        root.append_child(&app).expect("appended");

        browser::show_crash_panel();

        // The widget's nodes are gone, not hidden: nothing of it stays live.
        assert!(!app.is_connected());
        assert!(!button.is_connected());
        assert_eq!(root.child_element_count(), 1);
        let panel = root.first_element_child().expect("the panel");
        assert_eq!(panel.class_name(), "rls-crash");
        assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
        let link = panel.query_selector("a").ok().flatten().expect("a link");
        assert_eq!(link.text_content().as_deref(), Some("Start again"));
        let href = link.get_attribute("href").unwrap_or_default();
        assert!(!href.contains('#'), "{href} must load the page afresh");
        // Nothing is drawn into the host page's own body.
        assert!(document()
            .query_selector(".rls-crash")
            .ok()
            .flatten()
            .is_none());
        // The shadow root is closed: the host page's scripts cannot reach it.
        assert!(host.shadow_root().is_none());
        host.remove();
    }
}
