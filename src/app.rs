//! The root component: holds the `Session` in a reducer, keeps the browser
//! in step with it through the hooks in `crate::hooks` (address bar,
//! storage, title, focus, the frame's height), and shows the screen that
//! `Session::step` alone decides. It reads as: where it runs, state, hooks,
//! view.

use crate::browser;
use crate::components::{
    broken_link::broken_link_page,
    language::language_switch,
    question::QuestionPage,
    results::{flags, ResultsPage},
    review::{review_page, Review},
    start::StartPage,
};
use crate::hooks::{
    use_accent::use_accent, use_address_bar::use_address_bar, use_focus_on_step::use_focus_on_step,
    use_follow_address::use_follow_address, use_height_report::use_height_report,
    use_save_answers::use_save_answers, use_storage_event::use_storage_event,
    use_storage_record::use_storage_record,
};
use screening::config::{Config, Save, Scheme};
use screening::{evaluate, Action, Answers, Input, Level, Locale, QuestionId, Session, Step};
use std::rc::Rc;
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
    /// A share link to open, taken from the host page's address (inline
    /// mode).
    #[prop_or_default]
    pub link: Option<String>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Where the widget runs, and so what it may read and keep.
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

    // State. The language: the host's or the address's choice, then the
    // visitor's earlier choice here, then the browser's languages, then
    // English.
    let explicit = props.config.locale;
    let locale_state = use_state(move || {
        explicit
            .or_else(|| restore.then(browser::stored_locale).flatten())
            .or_else(browser::browser_locale)
            .unwrap_or_default()
    });
    let locale = *locale_state;
    let model = {
        let link = props.link.clone();
        use_reducer(move || Model(initial_session(reads_steps, restore, link.as_deref())))
    };
    let session = &model.0;
    let root = use_node_ref();
    let storage = use_storage_record(!saves || restore, &session.answers);
    let forgotten = use_state(|| false);

    // Side effects, which run after rendering in this order: the listeners
    // must start before the first address correction (see
    // `use_follow_address`).
    use_follow_address(model.dispatcher().to_callback(), reads_steps, owns_address);
    use_address_bar(
        owns_address,
        locale.page_title(session),
        session.fragment(),
        locale.code(),
    );
    use_focus_on_step(root.clone(), session.step, session.error);
    // In the embed script's iframe, and only when the host asked for it.
    let fit_origin = (mode == Mode::Frame && props.config.fit)
        .then(|| props.config.origin.clone())
        .flatten();
    use_height_report(root.clone(), fit_origin);
    use_save_answers(saves, session.answers.clone(), storage.clone());
    use_storage_event(saves, model.dispatcher().to_callback(), storage.clone());
    use_accent(root.clone(), props.config.accent);

    // The view, and what its controls do.
    let on_language = {
        let locale_state = locale_state.clone();
        Callback::from(move |l: Locale| {
            if saves {
                browser::store_locale(l);
            }
            locale_state.set(l);
        })
    };
    let dispatch = |action: Action| {
        let model = model.clone();
        Callback::from(move |_| model.dispatch(action.clone()))
    };

    let on_back = dispatch(Action::Back);

    // Forget: storage and memory alike, then the start page says so.
    let forget = {
        let model = model.clone();
        let forgotten = forgotten.clone();
        let storage = storage.clone();
        Callback::from(move |_| {
            browser::forget_answers();
            storage.holds(&Answers::default());
            forgotten.set(true);
            model.dispatch(Action::Restart);
        })
    };

    // Start: in a frame, saved answers are read only now, and then offered
    // as a choice on the start page rather than taken up at once.
    let on_start = {
        let model = model.clone();
        let forgotten = forgotten.clone();
        Callback::from(move |()| {
            forgotten.set(false);
            if storage.take_unread() {
                if let Some(saved) = browser::load_answers().filter(|a| !a.is_empty()) {
                    storage.holds(&saved);
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
                Some(base) => [base.as_str(), &fragment].concat(),
                None => browser::own_page() + &fragment,
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

    shell(locale, &props.config, mode, root, &on_language, body)
}

/// The widget's outer element around a page: its classes, language and
/// colour scheme, then the language switch. The build prints the start page
/// through it too (`crate::prerender`), so the page painted before the
/// module arrives is the app's own markup.
pub fn shell(
    locale: Locale,
    config: &Config,
    mode: Mode,
    root: NodeRef,
    on_language: &Callback<Locale>,
    body: Html,
) -> Html {
    let scheme = match config.scheme {
        Scheme::Auto => None,
        s => Some(s.key()),
    };
    html! {
        <main
            class={classes!(
                "rls-app",
                config.compact.then_some("rls-app--compact"),
                (mode == Mode::Frame).then_some("rls-app--framed"),
            )}
            ref={root}
            lang={locale.code()}
            data-scheme={scheme}
        >
            { language_switch(locale, on_language) }
            { body }
        </main>
    }
}

/// Component tests in a real browser: mount the app and use it through the DOM.
#[cfg(all(test, target_arch = "wasm32"))]
#[allow(clippy::expect_used, clippy::panic)]
mod browser_tests {
    use super::*;
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
        assert!(text_of(&root, ".rls-caption").starts_with("Question 1 of 26"));
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
        let _ = app.set_attribute("lang", "es");
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
        // In the language the widget showed there.
        assert_eq!(
            link.text_content().as_deref(),
            Some(Locale::Es.ui(screening::Ui::CrashRestart))
        );
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
