//! Ways to look across a whole page: every piece of reader-facing text (for
//! checks such as glossary coverage), its working groups and its actions.

use super::model::{Block, Page, PlanAction, Site, WorkingGroup};

impl Page {
    /// The working groups named in the page's `working_groups` blocks.
    pub fn working_groups(&self) -> impl Iterator<Item = &WorkingGroup> {
        self.blocks.iter().flat_map(|block| match block {
            Block::WorkingGroups(block) => block.groups.as_slice(),
            _ => &[],
        })
    }

    /// The actions in the page's `action_list` blocks.
    pub fn actions(&self) -> impl Iterator<Item = &PlanAction> {
        self.blocks.iter().flat_map(|block| match block {
            Block::ActionList(block) => block.actions.as_slice(),
            _ => &[],
        })
    }

    /// All text a reader can see on the page, in reading order.
    pub fn texts(&self) -> Vec<&str> {
        let mut out = vec![self.title.as_str()];
        out.extend(self.lead.as_deref());
        for block in &self.blocks {
            block_texts(block, &mut out);
        }
        out
    }
}

fn block_texts<'a>(block: &'a Block, out: &mut Vec<&'a str>) {
    match block {
        Block::Heading(b) => out.push(&b.text),
        Block::Paragraph(b) => out.push(&b.text),
        Block::List(b) => out.extend(b.items.iter().map(String::as_str)),
        Block::Callout(b) => out.extend([b.title.as_str(), b.text.as_str()]),
        Block::Table(b) => {
            out.push(&b.caption);
            out.extend(b.columns.iter().map(String::as_str));
            out.extend(b.rows.iter().flatten().map(String::as_str));
        }
        Block::Definitions(b) => {
            for item in &b.items {
                out.extend([item.term.as_str(), item.detail.as_str()]);
            }
        }
        Block::WorkingGroups(b) => {
            for group in &b.groups {
                out.extend([group.name.as_str(), group.theme.as_str()]);
            }
        }
        Block::ActionList(b) => {
            for action in &b.actions {
                out.extend([
                    action.title.as_str(),
                    action.detail.as_str(),
                    action.source.as_str(),
                ]);
            }
        }
        Block::Video(b) => {
            out.extend([
                b.title.as_str(),
                b.duration_label.as_str(),
                b.captions.label.as_str(),
            ]);
            out.extend(b.sample_notice.as_deref());
            for line in &b.transcript {
                out.extend([line.speaker.as_str(), line.text.as_str()]);
            }
        }
        Block::Document(b) => {
            out.extend([b.title.as_str(), b.description.as_str()]);
            out.extend(b.format.as_deref());
        }
        Block::EmailAlerts(b) => out.extend([b.link_text.as_str(), b.not_set_up_text.as_str()]),
        Block::NewsletterIndex(_) | Block::Glossary(_) => {}
    }
}

impl Site {
    /// All text a reader can see from the manifest.
    pub fn texts(&self) -> Vec<&str> {
        let mut out = vec![self.title.as_str(), self.owner.as_str()];
        for item in self.navigation.iter().chain(&self.footer_links) {
            out.push(&item.label);
        }
        for issue in &self.newsletter {
            out.extend([
                issue.title.as_str(),
                issue.date_label.as_str(),
                issue.summary.as_str(),
            ]);
        }
        out
    }
}
