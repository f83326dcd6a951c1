//! Reading WebVTT tracks: cues, speakers and text as the transcript shows
//! them, and each kind of bad track named with its cue and line.

use send_hub::content::ContentError;
use send_hub::content::{Block, Page, TextTrack, TrackKind, VideoBlock};
use send_hub::media::tracks::{page_tracks, pick, read_track, track_file};
use send_hub::media::transcript::{cue_at, file_name, plain_text, seek_time};
use send_hub::media::webvtt::{clock, parse, time_label, timestamp};

const GOOD: &str = "\u{feff}WEBVTT - the deep dive\r\n\r\nNOTE written by hand\r\nover two lines\r\n\r\nintro\r\n00:00.500 --> 00:04.000 line:90%\r\n<v Parent One>We &amp; our <i>children</i>\r\nwaited.</v>\r\n\r\n00:04.000 --> 01:00:05.250\r\nLeader: Thank you.\r\n\r\n01:00:06.000 --> 01:00:07.000\r\n<c.loud>&lt;Applause&gt;</c> <01:00:06.500>then quiet\r\n";

#[test]
fn cues_keep_their_times_speakers_and_plain_text() {
    let track = parse(GOOD);
    assert_eq!(track.problems, vec![]);
    let cues = &track.cues;
    assert_eq!(cues.len(), 3);
    assert_eq!(cues[0].id.as_deref(), Some("intro"));
    assert_eq!((cues[0].start, cues[0].end), (0.5, 4.0));
    assert_eq!(cues[0].speaker.as_deref(), Some("Parent One"));
    assert_eq!(cues[0].text, "We & our children waited.");
    assert_eq!(cues[0].line, 7);
    assert_eq!(cues[1].speaker.as_deref(), Some("Leader"));
    assert_eq!(cues[1].text, "Thank you.");
    assert_eq!(cues[1].end, 3605.25);
    assert_eq!(cues[2].speaker, None);
    assert_eq!(cues[2].text, "<Applause> then quiet");
    assert_eq!(
        cues.iter().map(|cue| cue.number).collect::<Vec<_>>(),
        [1, 2, 3]
    );
}

#[test]
fn a_colon_is_a_speaker_only_when_it_follows_a_short_capitalised_name() {
    let cues = parse("WEBVTT\n\n00:01.000 --> 00:02.000\nthe time was: late\n\n00:02.000 --> 00:03.000\nWhat we found in all of the schools: more\n").cues;
    assert_eq!(cues[0].speaker, None);
    assert_eq!(cues[0].text, "the time was: late");
    assert_eq!(cues[1].speaker, None);
}

/// The first problem of a track, as `(cue, line, detail)`.
fn problem(text: &str) -> (Option<usize>, usize, String) {
    let track = parse(text);
    let first = track
        .problems
        .first()
        .unwrap_or_else(|| panic!("no problem found in {text:?}"));
    (first.cue, first.line, first.detail.clone())
}

#[test]
fn each_kind_of_bad_track_is_named_with_its_cue_and_line() {
    let cases: [(&str, Option<usize>, usize, &str); 10] = [
        (
            "WEBVT\n\n00:01.000 --> 00:02.000\nHi\n",
            None,
            1,
            "must start with the line WEBVTT",
        ),
        ("WEBVTTX\n", None, 1, "must start with the line WEBVTT"),
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n\n0:03.000 --> 00:04.000\nBye\n",
            Some(2),
            6,
            "is not a time",
        ),
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n\n00:03.000 --> 00:61.000\nBye\n",
            Some(2),
            6,
            "is not a time",
        ),
        (
            "WEBVTT\n\n00:05.000 --> 00:04.000\nHi\n",
            Some(1),
            3,
            "ends (00:00:04.000) before it starts (00:00:05.000)",
        ),
        (
            "WEBVTT\n\n00:05.000 --> 00:06.000\nHi\n\n00:01.000 --> 00:02.000\nBye\n",
            Some(2),
            6,
            "must be in time order",
        ),
        (
            "WEBVTT\n\n00:01.000 --> 00:03.000\nHi\n\n00:02.000 --> 00:04.000\nBye\n",
            Some(2),
            6,
            "must not overlap",
        ),
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<v>Hi\n",
            Some(1),
            4,
            "must name its speaker",
        ),
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<script>alert(1)</script>\n",
            Some(1),
            4,
            "is not a WebVTT tag",
        ),
        (
            "WEBVTT\n\n00:01.000 --> 00:02.000\n<b></b>\n",
            Some(1),
            3,
            "has no text",
        ),
    ];
    for (text, cue, line, words) in cases {
        let (found_cue, found_line, detail) = problem(text);
        assert_eq!((found_cue, found_line), (cue, line), "{text:?}: {detail}");
        assert!(detail.contains(words), "{text:?}: {detail}");
    }
}

#[test]
fn a_cue_without_a_blank_line_before_the_next_or_without_timing_is_named() {
    let (cue, line, detail) =
        problem("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n00:02.000 --> 00:03.000\nBye\n");
    assert_eq!((cue, line), (Some(1), 5));
    assert!(detail.contains("blank line"), "{detail}");
    let (cue, line, detail) = problem("WEBVTT\n\nJust some words\n");
    assert_eq!((cue, line), (Some(1), 3));
    assert!(detail.contains("timing line"), "{detail}");
    let (_, line, detail) = problem("WEBVTT\n\n00:01.000 --> 00:02.000\nA < B\n");
    assert_eq!(line, 4);
    assert!(detail.contains("&lt;"), "{detail}");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let track = parse("WEBVTT\n\n00:02.000 --> 00:01.000\nA\n\n00:03.000 --> 00:04.000\n\n\n00:05.000 --> 00:06.000\n<blink>B\n");
    // The empty cue's text starts a block of its own ("" is not a cue).
    assert!(track.problems.len() >= 2, "{:?}", track.problems);
    assert!(track
        .problems
        .windows(2)
        .all(|pair| pair[0].line <= pair[1].line));
}

#[test]
fn read_track_gives_the_first_problem_as_a_named_error_and_refuses_huge_files() {
    match read_track("media/a.vtt", "WEBVTT\n\n00:05.000 --> 00:04.000\nHi\n") {
        Err(error @ ContentError::BadTrack { .. }) => {
            let message = error.to_string();
            assert!(message.contains("media/a.vtt"), "{message}");
            assert!(message.contains("cue 1 (line 3)"), "{message}");
        }
        other => panic!("expected a bad track, got {other:?}"),
    }
    let huge = format!("WEBVTT\n\nNOTE {}\n", "x".repeat(600 * 1024));
    assert!(matches!(
        read_track("media/a.vtt", &huge),
        Err(ContentError::TooLarge { .. })
    ));
}

#[test]
fn timestamps_and_labels_at_their_edges() {
    assert_eq!(timestamp("00:00.000"), Some(0.0));
    assert_eq!(timestamp("59:59.999"), Some(3599.999));
    assert_eq!(timestamp("100:00:00.000"), Some(360000.0));
    for bad in [
        "0:00.000",
        "00:00.00",
        "00:00",
        "1:00:00.000",
        "00:60.000",
        "aa:00.000",
        "00:00.0000",
    ] {
        assert_eq!(timestamp(bad), None, "{bad}");
    }
    assert_eq!(clock(3661.5), "01:01:01.500");
    assert_eq!(time_label(5.9), "0:05");
    assert_eq!(time_label(754.0), "12:34");
    assert_eq!(time_label(3723.0), "1:02:03");
}

#[test]
fn the_transcript_marks_the_cue_being_said_and_downloads_every_cue() {
    let cues = parse(GOOD).cues;
    assert_eq!(cue_at(&cues, 0.2), None);
    assert_eq!(cue_at(&cues, 0.5), Some(0));
    // A cue ends where the next starts: the next one is being said.
    assert_eq!(cue_at(&cues, 4.0), Some(1));
    assert_eq!(cue_at(&cues, 3605.5), None);
    assert!(seek_time(&cues[1]) > cues[1].start && seek_time(&cues[1]) < cues[1].end);
    assert_eq!(cue_at(&cues, seek_time(&cues[1])), Some(1));
    let text = plain_text("Deep dive", &cues);
    assert_eq!(
        text,
        "Deep dive\n\n[0:00] Parent One: We & our children waited.\n[0:04] Leader: Thank you.\n[1:00:06] <Applause> then quiet\n"
    );
    assert_eq!(file_name("/media/talk.pl.vtt"), "talk.pl.transcript.txt");
}

fn track(kind: TrackKind, srclang: &str) -> TextTrack {
    TextTrack {
        kind,
        src: format!("/media/v.{srclang}.{}.vtt", kind.as_str()),
        srclang: srclang.into(),
        label: srclang.into(),
    }
}

#[test]
fn the_page_language_picks_its_own_track_else_its_primary_language_else_the_source() {
    let tracks = [
        track(TrackKind::Captions, "en"),
        track(TrackKind::Captions, "pt"),
        track(TrackKind::Captions, "ar"),
        track(TrackKind::Chapters, "en"),
    ];
    let picked = |language: &str| {
        pick(&tracks, TrackKind::Captions, language, "en")
            .unwrap()
            .srclang
            .clone()
    };
    assert_eq!(picked("ar"), "ar");
    assert_eq!(picked("pt-BR"), "pt");
    assert_eq!(picked("pl"), "en");
    assert_eq!(
        pick(&tracks, TrackKind::Chapters, "ar", "en")
            .unwrap()
            .srclang,
        "en"
    );
    assert!(pick(&tracks, TrackKind::Descriptions, "ar", "en").is_none());
    assert_eq!(
        pick(&tracks[1..], TrackKind::Captions, "pl", "en")
            .unwrap()
            .srclang,
        "pt"
    );
}

#[test]
fn a_page_reads_one_track_of_each_kind_per_video_and_only_from_this_site() {
    let video = VideoBlock {
        title: "v".into(),
        src: "/media/v.webm".into(),
        mime_type: "video/webm".into(),
        tracks: vec![
            track(TrackKind::Captions, "en"),
            track(TrackKind::Captions, "pl"),
            track(TrackKind::Descriptions, "pl"),
            track(TrackKind::Chapters, "en"),
        ],
        duration_label: "1 minute".into(),
        sample_notice: None,
        sign_language: None,
    };
    let page = Page {
        schema_version: 1,
        title: "t".into(),
        lead: None,
        blocks: vec![Block::Video(video.clone()), Block::Video(video)],
    };
    let srcs: Vec<String> = page_tracks(&page, "pl", "en")
        .into_iter()
        .map(|track| track.src.clone())
        .collect();
    assert_eq!(
        srcs,
        [
            "/media/v.pl.captions.vtt",
            "/media/v.en.chapters.vtt",
            "/media/v.pl.descriptions.vtt"
        ]
    );
    assert_eq!(track_file("/media/a.vtt").as_deref(), Some("media/a.vtt"));
    assert_eq!(track_file("https://cdn.example/a.vtt"), None);
    assert_eq!(track_file("//cdn.example/a.vtt"), None);
}

mod descriptions {
    use send_hub::media::description::{due_description, Reached};
    use send_hub::media::webvtt::parse;

    fn cues() -> Vec<send_hub::media::webvtt::Cue> {
        parse("WEBVTT\n\n00:00.000 --> 00:00.200\nA\n\n00:02.000 --> 00:02.100\nB\n\n00:05.000 --> 00:06.000\nC\n\n00:09.000 --> 00:09.500\nD\n").cues
    }

    #[test]
    fn a_description_is_due_when_reached_or_crossed_and_given_once() {
        let cues = cues();
        let mut reached = Reached::default();
        assert_eq!(due_description(&cues, &mut reached, 0.0), Some(0));
        assert_eq!(
            due_description(&cues, &mut reached, 0.1),
            None,
            "given once"
        );
        assert_eq!(due_description(&cues, &mut reached, 1.9), None);
        // B lasts 0.1 s, between two reports 0.25 s apart: still given.
        assert_eq!(due_description(&cues, &mut reached, 2.15), Some(1));
        // A jump over C and D to after both: neither is read out late.
        assert_eq!(due_description(&cues, &mut reached, 9.6), None);
    }

    #[test]
    fn after_a_jump_only_the_cue_showing_is_given_and_moving_back_allows_them_again() {
        let cues = cues();
        let mut reached = Reached::default();
        assert_eq!(
            due_description(&cues, &mut reached, 0.5),
            None,
            "A was jumped over"
        );
        assert_eq!(
            due_description(&cues, &mut reached, 5.5),
            Some(2),
            "C is showing"
        );
        assert_eq!(due_description(&cues, &mut reached, 9.2), Some(3));
        // Back to 4 s: C and D may be given again, A and B were not given.
        assert_eq!(due_description(&cues, &mut reached, 4.0), None);
        assert_eq!(due_description(&cues, &mut reached, 5.1), Some(2));
        // Back into the middle of C, already given since: not again.
        assert_eq!(due_description(&cues, &mut reached, 5.3), None);
        assert_eq!(due_description(&cues, &mut reached, 5.2), None);
    }

    #[test]
    fn a_step_is_measured_in_seconds_and_a_cue_is_over_at_its_end() {
        let cues = cues();
        let mut reached = Reached::default();
        assert_eq!(due_description(&cues, &mut reached, 4.0), None);
        // 4 s to 5.8 s is 1.8 s, a jump, though 5.8 is only 1.45 times 4:
        // C (5 s to 6 s) is showing, so it is given; the jump is measured
        // by a later cue that is not showing.
        assert_eq!(due_description(&cues, &mut reached, 5.8), Some(2));
        assert_eq!(due_description(&cues, &mut reached, 7.0), None);
        // 7 s to 9.6 s jumps over D (9 s to 9.5 s): not read late.
        assert_eq!(due_description(&cues, &mut reached, 9.6), None);
        // At exactly a cue's end it is no longer showing.
        let mut reached = Reached::default();
        assert_eq!(due_description(&cues, &mut reached, 6.0), None);
    }
}
