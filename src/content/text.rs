//! Ways to look across a whole page: every piece of reader-facing text (for
//! checks such as glossary coverage), its working groups and its actions.

use super::model::{Block, Glossary, Page, PlanAction, Site, WorkingGroup};

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
    pub fn texts(&self) -> Vec<String> {
        collect_texts(self.clone())
    }
}

/// Content whose reader-facing text can be visited in reading order, for
/// checks and for machine translation. Ids, addresses and file names are
/// never visited.
pub trait VisitText {
    /// Calls `visit` on each piece of reader-facing text.
    fn visit_text(&mut self, visit: &mut dyn FnMut(&mut String));
}

/// Every piece of text in `value`, in reading order.
pub fn collect_texts(mut value: impl VisitText) -> Vec<String> {
    let mut out = Vec::new();
    value.visit_text(&mut |text| out.push(text.clone()));
    out
}

impl VisitText for Page {
    fn visit_text(&mut self, visit: &mut dyn FnMut(&mut String)) {
        visit(&mut self.title);
        if let Some(lead) = &mut self.lead {
            visit(lead);
        }
        for block in &mut self.blocks {
            block.visit_text(visit);
        }
    }
}

impl VisitText for Block {
    fn visit_text(&mut self, visit: &mut dyn FnMut(&mut String)) {
        match self {
            Block::Heading(b) => visit(&mut b.text),
            Block::Paragraph(b) => visit(&mut b.text),
            Block::List(b) => b.items.iter_mut().for_each(visit),
            Block::Callout(b) => {
                visit(&mut b.title);
                visit(&mut b.text);
            }
            Block::Table(b) => {
                visit(&mut b.caption);
                b.columns.iter_mut().for_each(&mut *visit);
                b.rows.iter_mut().flatten().for_each(visit);
            }
            Block::Definitions(b) => {
                for item in &mut b.items {
                    visit(&mut item.term);
                    visit(&mut item.detail);
                }
            }
            Block::WorkingGroups(b) => {
                for group in &mut b.groups {
                    visit(&mut group.name);
                    visit(&mut group.theme);
                }
            }
            Block::ActionList(b) => {
                for action in &mut b.actions {
                    visit(&mut action.title);
                    visit(&mut action.detail);
                    visit(&mut action.source);
                }
            }
            Block::Video(b) => {
                visit(&mut b.title);
                visit(&mut b.duration_label);
                if let Some(notice) = &mut b.sample_notice {
                    visit(notice);
                }
                if let Some(sign) = &mut b.sign_language {
                    visit(&mut sign.label);
                    if let Some(notice) = &mut sign.sample_notice {
                        visit(notice);
                    }
                }
            }
            Block::Document(b) => {
                visit(&mut b.title);
                visit(&mut b.description);
                if let Some(format) = &mut b.format {
                    visit(format);
                }
            }
            Block::EmailAlerts(b) => {
                visit(&mut b.link_text);
                visit(&mut b.not_set_up_text);
            }
            Block::NewsletterIndex(_) | Block::Glossary(_) | Block::Contact(_) => {}
        }
    }
}

impl VisitText for Site {
    fn visit_text(&mut self, visit: &mut dyn FnMut(&mut String)) {
        visit(&mut self.title);
        visit(&mut self.owner);
        if let Some(as_of) = &mut self.as_of {
            visit(as_of);
        }
        for item in self.navigation.iter_mut().chain(&mut self.footer_links) {
            visit(&mut item.label);
        }
        for issue in &mut self.newsletter {
            visit(&mut issue.title);
            visit(&mut issue.date_label);
            visit(&mut issue.summary);
        }
    }
}

impl VisitText for Glossary {
    fn visit_text(&mut self, visit: &mut dyn FnMut(&mut String)) {
        for entry in &mut self.entries {
            visit(&mut entry.expansion);
            visit(&mut entry.meaning);
        }
    }
}

impl Site {
    /// All text a reader can see from the manifest.
    pub fn texts(&self) -> Vec<String> {
        collect_texts(self.clone())
    }
}
