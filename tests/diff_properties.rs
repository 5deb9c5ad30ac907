//! Properties of the inline diff and of the clause diff on generated texts.

use amend::diff::inline::diff_text;
use amend::diff::normalize::normalize;
use amend::diff::{ChangeKind, DiffOptions, diff_documents};
use proptest::prelude::*;

/// Texts from an alphabet that mixes what matters: CJK, Chinese and ASCII punctuation, full- and
/// half-width forms, spaces (ASCII and U+3000), quotes, line breaks and a combining sequence.
fn text() -> impl Strategy<Value = String> {
    let alphabet = [
        "经", "信", "委", "工", "厅", "省", "、", "，", ",", "。", "（", "）", "(", ")", "一", "1", "１", " ",
        "\u{3000}", "“", "”", "\"", "\n", "e\u{301}",
    ];
    proptest::collection::vec(proptest::sample::select(alphabet.to_vec()), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The edits, applied to the old text, give the new text; they are in order, do not overlap and
    /// carry exactly the text of their ranges; formatting edits change nothing after normalisation.
    #[test]
    fn edits_rebuild_the_new_text(old in text(), new in text()) {
        let edits = diff_text(&old, &new);
        let mut out = String::new();
        let (mut at, mut at_new) = (0, 0);
        for e in &edits {
            prop_assert!(e.old_range.start >= at && e.new_range.start >= at_new, "{edits:?}");
            prop_assert_eq!(&old[e.old_range.clone()], e.old.as_str());
            prop_assert_eq!(&new[e.new_range.clone()], e.new.as_str());
            prop_assert!(!(e.old.is_empty() && e.new.is_empty()));
            if e.formatting {
                prop_assert_eq!(normalize(&e.old), normalize(&e.new));
            }
            out.push_str(&old[at..e.old_range.start]);
            out.push_str(&e.new);
            at = e.old_range.end;
            at_new = e.new_range.end;
        }
        out.push_str(&old[at..]);
        prop_assert_eq!(&out, &new);
        prop_assert_eq!(edits.is_empty(), old == new);
        prop_assert_eq!(edits.iter().all(|e| e.formatting), normalize(&old) == normalize(&new));
    }

    /// Renumbering a law (an article inserted at the front) never makes an article modified, and
    /// every article of both versions is accounted for exactly once. (Two articles at least: the
    /// parser reads a text with a single 第一条 as plain paragraphs.)
    #[test]
    fn inserting_an_article_only_renumbers(bodies in proptest::collection::vec("[甲乙丙丁戊己庚辛]{4,12}。", 2..12)) {
        let law = |bodies: &[String]| -> String {
            bodies.iter().enumerate().map(|(i, b)| format!("第{}条 {b}\n", amend::text::numerals::format(i as u32 + 1))).collect()
        };
        let mut with_new = vec!["新增的一条规定，与其他各条都不相同。".to_string()];
        with_new.extend(bodies.iter().cloned());
        let (old, new) = (amend::document::parse(&law(&bodies)), amend::document::parse(&law(&with_new)));
        let diff = diff_documents(&old, &new, &DiffOptions::default());
        let c = diff.summary.clauses;
        prop_assert_eq!(c.modified + c.deleted + c.formatting, 0, "{:?}", diff.summary);
        prop_assert_eq!(c.inserted, 1);
        prop_assert_eq!(c.unchanged + c.renumbered + c.moved, bodies.len());
        prop_assert!(diff.changes.iter().all(|ch| ch.change != ChangeKind::Modified));
    }
}
