//! Route components: they find the right file in the manifest and hand it
//! to the page loader.

mod content_page;
mod newsletter_issue;
mod not_found;

pub use content_page::{ContentRoute, HomePage};
pub use newsletter_issue::NewsletterIssueRoute;
pub use not_found::NotFound;
