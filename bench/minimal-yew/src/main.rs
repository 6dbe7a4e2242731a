//! One button that counts its clicks: the least a Yew app does.

use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <main><button {onclick}>{ "Clicked " }{ *count }</button></main> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
