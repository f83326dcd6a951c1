//! One component per kind of content block, and the dispatcher that picks
//! the right one.

mod action_filters;
mod action_item;
mod action_list;
mod callout;
mod contact;
mod definitions;
mod document;
mod email_alerts;
mod glossary_list;
mod heading;
mod list;
mod newsletter_index;
mod status;
mod table;
mod video;
mod working_groups;

use leptos::prelude::*;

use super::RichText;
use crate::content::{Block, Page, WorkingGroup};

pub use action_list::ActionList;
pub use status::status_label;

/// The working groups named on the current page, for action lists.
#[derive(Clone, Default)]
pub struct PageGroups(pub Vec<WorkingGroup>);

/// Shares the page's working groups with its blocks.
pub fn provide_page_groups(page: &Page) {
    provide_context(PageGroups(page.working_groups().cloned().collect()));
}

/// Renders one block. `index` is its position on the page, used to make
/// element ids unique.
#[component]
pub fn BlockView(block: Block, index: usize) -> impl IntoView {
    match block {
        Block::Heading(block) => view! { <heading::Heading block=block/> }.into_any(),
        Block::Paragraph(block) => {
            view! { <p class="app-body"><RichText text=block.text/></p> }.into_any()
        }
        Block::List(block) => view! { <list::List block=block/> }.into_any(),
        Block::Callout(block) => view! { <callout::Callout block=block/> }.into_any(),
        Block::Table(block) => view! { <table::Table block=block/> }.into_any(),
        Block::Definitions(block) => view! { <definitions::Definitions block=block/> }.into_any(),
        Block::WorkingGroups(block) => {
            view! { <working_groups::WorkingGroups block=block/> }.into_any()
        }
        Block::ActionList(block) => view! { <ActionList block=block index=index/> }.into_any(),
        Block::Video(block) => view! { <video::Video block=block index=index/> }.into_any(),
        Block::Document(block) => view! { <document::Document block=block/> }.into_any(),
        Block::NewsletterIndex(_) => view! { <newsletter_index::NewsletterIndex/> }.into_any(),
        Block::Glossary(_) => view! { <glossary_list::GlossaryList/> }.into_any(),
        Block::EmailAlerts(block) => view! { <email_alerts::EmailAlerts block=block/> }.into_any(),
        Block::Contact(_) => view! { <contact::ContactDetails/> }.into_any(),
    }
}
