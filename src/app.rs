//! The root component: holds the `Session` in a reducer and keeps the
//! browser in step with it (address bar, storage, title, focus). Which
//! screen shows is decided by `Session::step` alone.

use crate::browser;
use crate::components::{
    question::QuestionPage, results::ResultsPage, review::ReviewPage, start::StartPage,
};
use gloo::events::EventListener;
use screening::{evaluate, Action, Answers, Input, Locale, QuestionId, Session, Step, Ui};
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

/// The session a page load starts with: saved answers, at the step the
/// address bar names (or the nearest one the answers allow).
fn initial_session() -> Session {
    let answers = browser::load_answers().unwrap_or_default();
    let step = Step::from_fragment(&browser::fragment()).unwrap_or(Step::Start);
    Session {
        answers,
        ..Session::new()
    }
    .apply(Action::GoTo(step))
}

/// The page title for a step, which screen readers announce first.
fn title(locale: Locale, session: &Session) -> String {
    let app = locale.ui(Ui::AppTitle);
    let page = match session.step {
        Step::Start => return app.to_string(),
        Step::Question(q) => {
            let (n, m) = session.progress().unwrap_or((0, 0));
            let progress = locale
                .ui(Ui::Progress)
                .replace("{n}", &n.to_string())
                .replace("{m}", &m.to_string());
            format!("{progress} \u{2013} {}", locale.prompt(q))
        }
        Step::Review => locale.ui(Ui::ReviewHeading).to_string(),
        Step::Results => locale.ui(Ui::ResultsHeading).to_string(),
    };
    let prefix = if session.error.is_some() {
        format!("{} ", locale.ui(Ui::ErrorPrefix))
    } else {
        String::new()
    };
    format!("{prefix}{page} \u{2013} {app}")
}

#[function_component(App)]
pub fn app() -> Html {
    let locale = Locale::default();
    let model = use_reducer(|| Model(initial_session()));
    let session = &model.0;

    // Follow the browser's Back and Forward buttons.
    {
        let dispatcher = model.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    if let Some(step) = Step::from_fragment(&browser::fragment()) {
                        dispatcher.dispatch(Action::GoTo(step));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Keep the address bar, the title and focus in step. Focus moves only
    // after the person has acted, never on page load, so an embedding page
    // does not jump.
    let first_render = use_mut_ref(|| true);
    {
        let step = session.step;
        let error = session.error;
        let title = title(locale, session);
        use_effect_with((step, error, title), move |(step, error, title)| {
            browser::show_step(*step);
            browser::set_title(title);
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            if error.is_some() {
                browser::focus("rls-error-summary");
            } else {
                browser::focus("rls-heading");
            }
        });
    }

    // Save answers after every change; nothing is saved if storage is unavailable.
    use_effect_with(session.answers.clone(), |answers: &Answers| {
        browser::save_answers(answers);
    });

    let dispatch = |action: Action| {
        let model = model.clone();
        Callback::from(move |_| model.dispatch(action.clone()))
    };

    let body = match session.step {
        Step::Start => html! {
            <StartPage on_start={dispatch(Action::Begin)} />
        },
        Step::Question(id) => {
            let on_submit = {
                let model = model.clone();
                Callback::from(move |input: Input| model.dispatch(Action::Submit(input)))
            };
            html! {
                <QuestionPage
                    key={id.key()}
                    {id}
                    answer={session.answers.get(id).cloned()}
                    error={session.error}
                    progress={session.progress().unwrap_or((1, 1))}
                    back_href={session.apply(Action::Back).step.fragment()}
                    {on_submit}
                />
            }
        }
        Step::Review => {
            let on_change = {
                let model = model.clone();
                Callback::from(move |q: QuestionId| model.dispatch(Action::Change(q)))
            };
            html! {
                <ReviewPage
                    answers={session.answers.clone()}
                    back_href={session.apply(Action::Back).step.fragment()}
                    {on_change}
                    on_continue={dispatch(Action::ShowResults)}
                />
            }
        }
        Step::Results => {
            let on_restart = {
                let model = model.clone();
                Callback::from(move |_| {
                    browser::forget_answers();
                    model.dispatch(Action::Restart);
                })
            };
            html! {
                <ResultsPage
                    answers={session.answers.clone()}
                    report={Rc::new(evaluate(&session.answers))}
                    back_href={session.apply(Action::Back).step.fragment()}
                    {on_restart}
                />
            }
        }
    };

    html! {
        <ContextProvider<Locale> context={locale}>
            <main class="rls-app" lang={locale.code()}>{ body }</main>
        </ContextProvider<Locale>>
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
        yew::Renderer::<App>::with_root(root.clone()).render();
        until("the start page", || {
            text_of(&root, "h1") == "Check your restless legs symptoms"
        })
        .await;

        click(&root, "button");
        let urge = Locale::En.prompt(QuestionId::Urge);
        until("the first question", || text_of(&root, "h1") == urge).await;
        assert_eq!(text_of(&root, ".rls-caption__progress"), "Question 1 of 24");
        assert_eq!(
            document().title(),
            format!(
                "Question 1 of 24 \u{2013} {} \u{2013} Restless legs check",
                Locale::En.prompt(QuestionId::Urge)
            )
        );

        click(&root, "button[type=submit]");
        until("the error summary", || {
            text_of(&root, "#rls-error-summary h2") == "There is a problem"
        })
        .await;
        let radio = root
            .query_selector("#rls-urge-yes")
            .ok()
            .flatten()
            .expect("the Yes radio");
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

        click(&root, "#rls-urge-yes");
        click(&root, "button[type=submit]");
        let rest = Locale::En.prompt(QuestionId::RestWorse);
        until("the second question", || text_of(&root, "h1") == rest).await;
        assert!(root
            .query_selector("#rls-error-summary")
            .ok()
            .flatten()
            .is_none());
        root.remove();
    }
}
