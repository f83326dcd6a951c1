use leptos::prelude::*;

use crate::components::RichText;
use crate::content::TableBlock;

/// A table. On narrow screens it scrolls inside a focusable region instead
/// of making the whole page scroll sideways.
#[component]
pub fn Table(block: TableBlock) -> impl IntoView {
    let TableBlock {
        caption,
        columns,
        rows,
        row_headers,
    } = block;
    let head = columns
        .into_iter()
        .map(|column| view! { <th scope="col"><RichText text=column/></th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(position, cell)| {
                    if row_headers && position == 0 {
                        view! { <th scope="row"><RichText text=cell/></th> }.into_any()
                    } else {
                        view! { <td><RichText text=cell/></td> }.into_any()
                    }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    let label = caption.clone();
    view! {
        <div class="app-table-wrap" role="region" aria-label=label tabindex="0">
            <table class="app-table">
                <caption class="app-table__caption"><RichText text=caption/></caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
