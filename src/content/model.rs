//! The content model. These serde types *are* the JSON schema for everything
//! under `public/content/`: a file that does not fit them is refused with an
//! error naming the field, never half-shown.

use serde::{Deserialize, Serialize};

/// The only content format version this build understands. Every content
/// file carries it as `schema_version`.
pub const SCHEMA_VERSION: u32 = 1;

/// `site.json`: the site manifest. It names every page, the navigation and
/// the languages, so adding a page needs no rebuild.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// Content format version; must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The site's name, shown in the header and after every page title.
    pub title: String,
    /// Who runs the site, shown in the footer and in every contact block.
    pub owner: String,
    /// When the site's information is from, shown under every page title
    /// ("This site describes the programme from 2019 to summer 2020."),
    /// so readers know what is history. Absent: no line is shown.
    #[serde(default)]
    pub as_of: Option<String>,
    /// How readers reach a person. Read from the source-language manifest
    /// only (addresses do not change with the language). The Public Sector
    /// Bodies Accessibility Regulations 2018, regulation 8, require the
    /// accessibility statement to give one; the content check warns while
    /// none is set, and the site says plainly that none is published yet.
    #[serde(default)]
    pub contact: Option<Contact>,
    /// Languages the content is offered in. The first is the default.
    pub languages: Vec<Language>,
    /// Links in the main navigation, in order.
    pub navigation: Vec<NavItem>,
    /// Content pages. The page with an empty `slug` is the home page.
    pub pages: Vec<PageEntry>,
    /// Newsletter issues, newest first.
    pub newsletter: Vec<NewsletterEntry>,
    /// File holding the glossary of abbreviations.
    pub glossary_file: String,
    /// Where families sign up for email alerts. The council sets this; when it
    /// is absent the site says alerts are not set up yet.
    #[serde(default)]
    pub email_alerts_url: Option<String>,
    /// Links shown in the footer.
    #[serde(default)]
    pub footer_links: Vec<NavItem>,
    /// Machine translation into languages without a shipped translation.
    /// Absent: off.
    #[serde(default)]
    pub machine_translation: Option<MachineTranslation>,
    /// Other sites allowed to show this one in an iframe and be told its
    /// height, such as `https://www.example-council.gov.uk`. This site's
    /// own origin is always allowed.
    #[serde(default)]
    pub frame_parent_origins: Vec<String>,
    /// Other sites an embed's `data-content-url` may fetch content from,
    /// such as `https://content.example-council.gov.uk`. Content on this
    /// site's own origin is always allowed; anywhere else is refused.
    #[serde(default)]
    pub embed_content_origins: Vec<String>,
}

/// Ways to contact the people who run the site. Each is optional; a real
/// site needs at least one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// An email address, such as `send.programme@example.gov.uk`.
    #[serde(default)]
    pub email: Option<String>,
    /// A phone number as readers dial it in the UK, such as `01234 567890`:
    /// digits, spaces, `+`, `-` and brackets.
    #[serde(default)]
    pub phone: Option<String>,
    /// A web form: a path on this site or an `https://` address.
    #[serde(default)]
    pub form_url: Option<String>,
    /// How many working days a reply takes at most, as the council promises.
    #[serde(default)]
    pub reply_within_working_days: Option<u32>,
}

impl Contact {
    /// True when at least one way to reach a person is set.
    pub fn has_a_way(&self) -> bool {
        self.email.is_some() || self.phone.is_some() || self.form_url.is_some()
    }
}

/// Where machine translation comes from, and into which languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MachineTranslation {
    /// A LibreTranslate-compatible service: a path on this site
    /// (`/translate-api`) or the address of a service whose origin is in
    /// `allowed_origins`. Absent: only the browser's own translator is used,
    /// where the browser has one.
    #[serde(default)]
    pub endpoint: Option<String>,
    /// Other sites the endpoint may be on, such as
    /// `https://translate.example.gov.uk`.
    #[serde(default)]
    pub allowed_origins: Vec<String>,
    /// Languages offered through machine translation.
    pub languages: Vec<Language>,
}

/// A language the site is offered in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// BCP 47 tag, such as `en` or `ar`.
    pub code: String,
    /// The language's name in that language, such as `Polski`.
    pub name: String,
    /// Writing direction.
    #[serde(default)]
    pub dir: TextDirection,
    /// `true` for a shipped translation made with machine help that no
    /// person has checked yet: pages then say so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub machine_assisted: bool,
}

/// Writing direction of a language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextDirection {
    /// Left to right.
    #[default]
    Ltr,
    /// Right to left, such as Arabic.
    Rtl,
}

impl TextDirection {
    /// The value for the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

/// One navigation link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NavItem {
    /// Link text.
    pub label: String,
    /// Site path (`/newsletter`) or full `https://` address.
    pub href: String,
}

/// A content page listed in the manifest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageEntry {
    /// The page's address below the site root; empty for the home page.
    pub slug: String,
    /// The JSON file holding the page, relative to the content folder.
    pub file: String,
}

/// A newsletter issue listed in the manifest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsletterEntry {
    /// The address below `/newsletter/`.
    pub slug: String,
    /// The headline.
    pub title: String,
    /// When it was written, as precisely as the source allows ("Summer 2020").
    pub date_label: String,
    /// One or two sentences on what the issue covers.
    pub summary: String,
    /// The JSON file holding the issue, relative to the content folder.
    pub file: String,
}

/// A page of content: a title and a list of blocks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// Content format version; must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The page's `<h1>` and the first part of the browser tab title.
    pub title: String,
    /// A short opening paragraph shown in larger text under the title.
    #[serde(default)]
    pub lead: Option<String>,
    /// The page body, in reading order.
    pub blocks: Vec<Block>,
}

/// One block of page content. In JSON each block is an object whose
/// `type` names the kind: `{"type": "paragraph", "text": "…"}`.
///
/// Text fields may contain links written `[link text](/path)`; every other
/// character is shown exactly as written, never read as HTML.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A section heading.
    Heading(HeadingBlock),
    /// A paragraph of text.
    Paragraph(ParagraphBlock),
    /// A bulleted or numbered list.
    List(ListBlock),
    /// A highlighted box for something readers must not miss.
    Callout(CalloutBlock),
    /// A table with a caption and column headers.
    Table(TableBlock),
    /// Terms with their details, such as key dates.
    Definitions(DefinitionsBlock),
    /// The working groups that deliver the plan.
    WorkingGroups(WorkingGroupsBlock),
    /// Actions with their working group and status, filterable by both.
    ActionList(ActionListBlock),
    /// A recorded video with captions and a transcript.
    Video(VideoBlock),
    /// A link to a document, such as a report.
    Document(DocumentBlock),
    /// The list of newsletter issues from the manifest.
    NewsletterIndex(NewsletterIndexBlock),
    /// The glossary of abbreviations.
    Glossary(GlossaryBlock),
    /// The email alerts sign-up link from the manifest.
    EmailAlerts(EmailAlertsBlock),
    /// Who runs the site and how to contact them, from the manifest; says
    /// so plainly when no contact is published. Written `{"type": "contact"}`.
    Contact(ContactBlock),
}

/// Heading levels allowed in content: the page title is the only `<h1>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct HeadingLevel(u8);

impl HeadingLevel {
    /// The level as a number, 2 to 4.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for HeadingLevel {
    type Error = String;
    fn try_from(level: u8) -> Result<Self, Self::Error> {
        if (2..=4).contains(&level) {
            Ok(Self(level))
        } else {
            Err(format!(
                "heading level must be 2, 3 or 4 (level 1 is the page title), not {level}"
            ))
        }
    }
}

impl From<HeadingLevel> for u8 {
    fn from(level: HeadingLevel) -> u8 {
        level.0
    }
}

/// A section heading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeadingBlock {
    /// 2, 3 or 4.
    pub level: HeadingLevel,
    /// The heading text.
    pub text: String,
    /// Anchor so other pages can link to `#id`.
    #[serde(default)]
    pub id: Option<String>,
}

/// A paragraph.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParagraphBlock {
    /// The paragraph text.
    pub text: String,
}

/// A bulleted or numbered list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListBlock {
    /// `true` for a numbered list.
    #[serde(default)]
    pub ordered: bool,
    /// The list items.
    pub items: Vec<String>,
}

/// How strongly a callout asks for attention.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalloutTone {
    /// Useful to know.
    #[default]
    Info,
    /// Important: a deadline, a risk or a warning.
    Important,
}

impl CalloutTone {
    /// BEM modifier for the callout's CSS class.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Important => "important",
        }
    }
}

/// A highlighted box.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalloutBlock {
    /// How strongly it asks for attention.
    #[serde(default)]
    pub tone: CalloutTone,
    /// A short title, shown in bold.
    pub title: String,
    /// The callout text.
    pub text: String,
}

/// A table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableBlock {
    /// What the table shows; read out by screen readers before the table.
    pub caption: String,
    /// Column headers.
    pub columns: Vec<String>,
    /// Rows; each must have one cell per column.
    pub rows: Vec<Vec<String>>,
    /// `true` when the first cell of each row names the row.
    #[serde(default)]
    pub row_headers: bool,
}

/// Terms with their details.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DefinitionsBlock {
    /// The pairs, in order.
    pub items: Vec<Definition>,
}

/// One term and its detail.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Definition {
    /// The term, such as a date.
    pub term: String,
    /// What it means or what happened.
    pub detail: String,
}

/// The working groups.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingGroupsBlock {
    /// The groups, in their official order.
    pub groups: Vec<WorkingGroup>,
}

/// One working group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkingGroup {
    /// Short id that actions use to name their group.
    pub id: String,
    /// The group's number in the plan.
    pub number: u8,
    /// The group's name.
    pub name: String,
    /// What the group works on, in plain words.
    pub theme: String,
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Work is going ahead.
    Progressing,
    /// Behind its planned milestones.
    Slipped,
    /// Held up by the Covid-19 pandemic.
    DelayedByCovid,
    /// Finished or in place.
    Done,
    /// Promised but not started when the source was written.
    Planned,
}

impl ActionStatus {
    /// Every status, in the order filters list them.
    pub const ALL: [ActionStatus; 5] = [
        Self::Progressing,
        Self::Slipped,
        Self::DelayedByCovid,
        Self::Planned,
        Self::Done,
    ];

    /// The JSON name, also used as a BEM modifier and form value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Progressing => "progressing",
            Self::Slipped => "slipped",
            Self::DelayedByCovid => "delayed_by_covid",
            Self::Done => "done",
            Self::Planned => "planned",
        }
    }

    /// Parses the JSON name back.
    pub fn from_str_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.as_str() == name)
    }
}

/// Actions with their status.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionListBlock {
    /// The actions, in the order the plan gives them.
    pub actions: Vec<PlanAction>,
}

/// One action or progress point.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanAction {
    /// Stable id, unique on the page.
    pub id: String,
    /// What the action is, in a few words.
    pub title: String,
    /// What happened, in plain words.
    pub detail: String,
    /// The `id` of the working group leading it, from a `working_groups`
    /// block on the same page; absent when the source names no group.
    #[serde(default)]
    pub group: Option<String>,
    /// True when the documents name no working group for the action and
    /// the site put it under one by its theme; the page says so.
    #[serde(default)]
    pub group_chosen_by_site: bool,
    /// Where it stands.
    pub status: ActionStatus,
    /// Which document and section the fact comes from.
    pub source: String,
}

/// A recorded video.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VideoBlock {
    /// What the video is; names the player for screen readers.
    pub title: String,
    /// Video file address.
    pub src: String,
    /// Its MIME type, such as `video/webm`.
    pub mime_type: String,
    /// Its WebVTT text tracks: captions in each language (the transcript
    /// is built from the captions in the page's language), and optionally
    /// descriptions and chapters. At least one captions track.
    pub tracks: Vec<TextTrack>,
    /// Length, shown before people press play ("1 minute 5 seconds").
    pub duration_label: String,
    /// Set when the file is a stand-in for the real recording; the text
    /// explains this to viewers.
    #[serde(default)]
    pub sample_notice: Option<String>,
    /// A sign language version, shown beside or over the video on request
    /// and kept in step with it.
    #[serde(default)]
    pub sign_language: Option<SignLanguageVideo>,
}

/// A recording of a sign language interpreter for a video, the same length.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignLanguageVideo {
    /// Video file address: a path on this site.
    pub src: String,
    /// Its MIME type, such as `video/webm`.
    pub mime_type: String,
    /// The sign language, in the page's language ("British Sign Language
    /// (BSL)"); names the video for screen readers.
    pub label: String,
    /// Set when the file is a stand-in; the text says so beside it.
    #[serde(default)]
    pub sample_notice: Option<String>,
}

/// One WebVTT file for a video, as a `<track>` names it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextTrack {
    /// What the track holds.
    pub kind: TrackKind,
    /// WebVTT file address: a path on this site (`/media/talk.pl.vtt`).
    pub src: String,
    /// Its language, a BCP 47 tag such as `pl`.
    pub srclang: String,
    /// Its name in its own language, shown in the player's menu
    /// ("Polski (tłumaczenie maszynowe)").
    pub label: String,
}

/// The kinds of text track send-hub uses, as HTML's `<track kind>` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TrackKind {
    /// What is said, and sounds that matter, for people who cannot hear it.
    Captions,
    /// What is shown, read aloud for people who cannot see it (text audio
    /// description).
    Descriptions,
    /// Named parts of the video, to jump to.
    Chapters,
}

impl TrackKind {
    /// The `kind` attribute of `<track>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Captions => "captions",
            Self::Descriptions => "descriptions",
            Self::Chapters => "chapters",
        }
    }
}

/// A link to a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentBlock {
    /// The document's title.
    pub title: String,
    /// Its address; absent until the council publishes it.
    #[serde(default)]
    pub href: Option<String>,
    /// Its format and size, such as "PDF, 1.2 MB".
    #[serde(default)]
    pub format: Option<String>,
    /// What the document is, or why it is not linked yet.
    pub description: String,
}

/// Shows the newsletter issues listed in the manifest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsletterIndexBlock {}

/// Shows the glossary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryBlock {}

/// Shows the email alerts link from the manifest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailAlertsBlock {
    /// Link text when the council has set the sign-up address.
    pub link_text: String,
    /// What to say while no sign-up address is set.
    pub not_set_up_text: String,
}

/// Shows who runs the site and the manifest's [`Contact`]. It has no fields
/// of its own: one source for every place that asks readers to get in touch.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactBlock {}

/// `glossary.json`: every abbreviation the site uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// Content format version; must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The entries, in alphabetical order.
    pub entries: Vec<GlossaryEntry>,
}

/// One abbreviation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// The abbreviation as written in text, such as `EHCP`.
    pub term: String,
    /// What the letters stand for.
    pub expansion: String,
    /// What it means, in plain words.
    pub meaning: String,
    /// How a person says it, for read aloud, when a speech engine would
    /// get it wrong ("D F E" for DfE). Absent: read as written.
    #[serde(default)]
    pub say: Option<String>,
}
