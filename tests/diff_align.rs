//! The clause alignment on inputs large enough to take its bounded paths (the band around the
//! diagonal in a large gap, the bigram index for many leftover units), and on pairs across groups
//! and before the first anchor: each case says which units pair, as a reviewer would pair them.
//! The laws are generated for the test: articles of twenty characters drawn from a wide range by a
//! fixed-seed generator, so that two different articles share almost no character pair and an
//! article with one character changed is still nearly the same.

use amend::diff::{ChangeKind, DiffOptions, UnitKind, diff_documents};
use amend::document;

/// A fixed-seed generator (a 64-bit LCG): the same articles on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// A CJK character from the common range (U+4E00…U+9FA5), never a numeral or a unit word that
    /// the document grammar reads as a label.
    fn han(&mut self) -> char {
        loop {
            let c = char::from_u32(0x4E00 + (self.next() % 0x51A5) as u32).unwrap();
            if !"一二三四五六七八九十百千零两条款项章节编目之".contains(c) {
                return c;
            }
        }
    }
}

/// `n` articles' wordings, each twenty characters and a 。.
fn wordings(seed: u64, n: usize) -> Vec<String> {
    let mut g = Lcg(seed);
    (0..n).map(|_| (0..20).map(|_| g.han()).collect::<String>() + "。").collect()
}

/// One character of a wording changed (the 11th), so that it is nearly the same.
fn touched(w: &str, seed: u64) -> String {
    let mut g = Lcg(seed);
    w.chars().enumerate().map(|(i, c)| if i == 10 { g.han() } else { c }).collect()
}

/// Five characters of a wording changed (every fourth from the 3rd): half its character pairs are
/// left, similar enough to pair in place (0.3), not enough to be found anywhere as moved (0.6).
fn rewritten(w: &str, seed: u64) -> String {
    let mut g = Lcg(seed);
    w.chars().enumerate().map(|(i, c)| if i % 4 == 2 && i < 20 { g.han() } else { c }).collect()
}

/// A law of these articles, numbered in order.
fn law(articles: &[String]) -> String {
    let f = amend::text::numerals::format;
    let mut out = String::from("# 示例条例\n\n<!-- INFO END -->\n");
    for (k, a) in articles.iter().enumerate() {
        out.push_str(&format!("\n第{}条 {a}\n", f(k as u32 + 1)));
    }
    out
}

fn counts(old: &str, new: &str) -> (usize, usize, usize, usize, usize) {
    let d = diff_documents(&document::parse(old), &document::parse(new), &DiffOptions::default());
    let c = d.summary.of(UnitKind::Clause);
    (c.unchanged, c.modified, c.inserted, c.deleted, c.modified_and_moved)
}

/// 260 articles all touched (no identical text to anchor on): one gap of 260 × 260 units, too many
/// pairs to compare all, so each old article is compared with the new ones about its place. Every
/// article pairs with its touched self.
#[test]
fn a_large_gap_pairs_each_unit_with_its_neighbour_on_the_diagonal() {
    let old = wordings(1, 260);
    let new: Vec<String> = old.iter().enumerate().map(|(k, w)| touched(w, 1000 + k as u64)).collect();
    assert_eq!(counts(&law(&old), &law(&new)), (0, 260, 0, 0, 0));
}

/// A large gap where the new version has 40 more articles at its start, every old article half
/// rewritten (too little to be found as moved anywhere): the place of each old article in the gap
/// is scaled to the new one, and the band reaches 40 units either side, so each pairs with its
/// rewritten self, the first one exactly at the band's edge. (One the band misses is paired again
/// across groups, within that pass's own bound: the band's edge shows only beyond both bounds.)
#[test]
fn a_large_gap_with_articles_added_scales_the_band() {
    let old = wordings(2, 240);
    let mut new = wordings(3, 40);
    new.extend(old.iter().enumerate().map(|(k, w)| rewritten(w, 2000 + k as u64)));
    assert_eq!(counts(&law(&old), &law(&new)), (0, 240, 40, 0, 0));
}

/// 260 articles all half rewritten: each pairs with its rewritten self on the diagonal of the band
/// (none of them similar enough to be found as moved).
#[test]
fn a_large_gap_of_rewritten_articles_pairs_them_on_the_diagonal() {
    let old = wordings(6, 260);
    let new: Vec<String> = old.iter().enumerate().map(|(k, w)| rewritten(w, 6000 + k as u64)).collect();
    assert_eq!(counts(&law(&old), &law(&new)), (0, 260, 0, 0, 0));
}

/// Of two new articles with the same wording, equally like an old one, the one with its number is
/// its rewriting; the other is new.
#[test]
fn of_equally_similar_candidates_the_one_with_the_same_number_pairs() {
    let old = wordings(7, 5);
    let mut new = old.clone();
    let twin = rewritten(&old[2], 77);
    new[2] = twin.clone();
    new.insert(3, twin);
    let d = diff_documents(&document::parse(&law(&old)), &document::parse(&law(&new)), &DiffOptions::default());
    let c: Vec<(Option<&str>, Option<&str>, ChangeKind)> = d
        .changes
        .iter()
        .filter(|c| c.is_change() && c.change != ChangeKind::Renumbered)
        .map(|c| (c.old.as_ref().map(|s| s.path.as_str()), c.new.as_ref().map(|s| s.path.as_str()), c.change))
        .collect();
    assert_eq!(
        c,
        [(Some("第三条"), Some("第三条"), ChangeKind::Modified), (None, Some("第四条"), ChangeKind::Inserted)]
    );
}

/// The two halves of a law swapped, every article touched: nothing anchors, the band pairs nothing
/// (each place holds the other half), and the 300 × 300 leftovers are matched through the index of
/// their rarer character pairs: every article pairs with its touched self, half of them moved.
#[test]
fn many_moved_units_are_found_through_the_bigram_index() {
    let old = wordings(4, 300);
    let touched_all: Vec<String> = old.iter().enumerate().map(|(k, w)| touched(w, 4000 + k as u64)).collect();
    let mut new = touched_all[150..].to_vec();
    new.extend_from_slice(&touched_all[..150]);
    assert_eq!(counts(&law(&old), &law(&new)), (0, 300, 0, 0, 150));
}

/// One article rewritten in place among identical ones pairs as modified even when it shares only a
/// fifth of its character pairs (its first five characters): one for one, half the similarity is
/// needed; two rewritten side by side need all of it, and are deleted and inserted.
#[test]
fn one_unit_replaced_by_one_in_place_needs_less_similarity() {
    let old = wordings(5, 6);
    let mut new = old.clone();
    let mut g = Lcg(55);
    new[3] = old[3].chars().take(5).chain((0..15).map(|_| g.han())).collect::<String>() + "。";
    assert_eq!(counts(&law(&old), &law(&new)), (5, 1, 0, 0, 0));
    let mut g = Lcg(56);
    new[2] = old[2].chars().take(5).chain((0..15).map(|_| g.han())).collect::<String>() + "。";
    assert_eq!(counts(&law(&old), &law(&new)), (4, 0, 2, 2, 0));
}

fn changes(old: &str, new: &str) -> Vec<(Option<String>, Option<String>, ChangeKind)> {
    let d = diff_documents(&document::parse(old), &document::parse(new), &DiffOptions::default());
    d.changes
        .iter()
        .filter(|c| c.is_change())
        .map(|c| (c.old.as_ref().map(|s| s.path.to_string()), c.new.as_ref().map(|s| s.path.to_string()), c.change))
        .collect()
}

/// An item whose number went away (its text now a paragraph under no label) is the same unit, even
/// before the first unit that pairs as it stands: a clause pairs with a free paragraph across groups.
#[test]
fn an_item_that_lost_its_number_before_every_anchor_pairs_with_its_paragraph() {
    let old = "（一）加强组织领导，建立健全工作机制。\n（二）强化督促检查。\n";
    let new = "加强组织领导，建立健全工作机制。\n（一）强化督促检查。\n";
    assert_eq!(
        changes(old, new),
        [
            (Some("（一）".into()), Some("¶1".into()), ChangeKind::Renumbered),
            (Some("（二）".into()), Some("（一）".into()), ChangeKind::Renumbered),
        ]
    );
}

/// A point heading that lost its number is not paired with the paragraph it became: headings pair
/// with headings only (a 节 that became a 章), so the heading is deleted and the paragraph inserted.
#[test]
fn a_heading_does_not_pair_with_a_paragraph() {
    let old = "某某通知\n一、加强组织领导建立工作机制\n（一）强化督促检查。\n";
    let new = "某某通知\n加强组织领导建立工作机制\n（一）强化督促检查。\n";
    let c = changes(old, new);
    assert!(c.contains(&(Some("一".into()), None, ChangeKind::Deleted)), "{c:?}");
    assert!(
        c.iter().any(|(o, n, k)| o.is_none()
            && n.as_deref().is_some_and(|p| p.contains('¶'))
            && *k == ChangeKind::Inserted),
        "{c:?}"
    );
}

/// Items that became paragraphs under their point (their numbers gone) pair across groups between
/// the same anchors, keeping their order: two in order both pair; two whose order was swapped pair
/// one (the other is deleted and inserted), as within a group; and one item pairs with one paragraph
/// only, the best, even where a second paragraph is nearly the same (written for the test).
#[test]
fn pairs_across_groups_keep_their_order_and_pair_each_unit_once() {
    let old = "某某通知\n一、总体要求\n（一）加强组织领导，建立健全工作机制。\n（二）强化督促检查，确保工作落实。\n二、保障措施\n（三）加大资金投入。\n";
    let p = |o: Option<&str>, n: Option<&str>, k| (o.map(String::from), n.map(String::from), k);
    let in_order = "某某通知\n一、总体要求\n加强组织领导，建立健全工作机制。\n强化督促检查，确保工作落实。\n二、保障措施\n（一）加大资金投入。\n";
    assert_eq!(
        changes(old, in_order),
        [
            p(Some("一/（一）"), Some("一/¶1"), ChangeKind::Renumbered),
            p(Some("一/（二）"), Some("一/¶2"), ChangeKind::Renumbered),
            p(Some("二/（三）"), Some("二/（一）"), ChangeKind::Renumbered),
        ]
    );
    let swapped = "某某通知\n一、总体要求\n强化督促检查，确保工作落实。\n加强组织领导，建立健全工作机制。\n二、保障措施\n（一）加大资金投入。\n";
    assert_eq!(
        changes(old, swapped),
        [
            p(None, Some("一/¶1"), ChangeKind::Inserted),
            p(Some("一/（一）"), Some("一/¶2"), ChangeKind::Renumbered),
            p(Some("一/（二）"), None, ChangeKind::Deleted),
            p(Some("二/（三）"), Some("二/（一）"), ChangeKind::Renumbered),
        ]
    );
    // the later pair is the surer one (identical), the earlier only similar: taken in the order of
    // their similarity, the earlier is then checked against the later, as the later was against it
    let later_surer = "某某通知\n一、总体要求\n加强组织领导，建立健全长效工作机制。\n强化督促检查，确保工作落实。\n二、保障措施\n（一）加大资金投入。\n";
    assert_eq!(
        changes(old, later_surer),
        [
            p(Some("一/（一）"), Some("一/¶1"), ChangeKind::Modified),
            p(Some("一/（二）"), Some("一/¶2"), ChangeKind::Renumbered),
            p(Some("二/（三）"), Some("二/（一）"), ChangeKind::Renumbered),
        ]
    );
    let later_surer_swapped = "某某通知\n一、总体要求\n强化督促检查，确保工作落实。\n加强组织领导，建立健全长效工作机制。\n二、保障措施\n（一）加大资金投入。\n";
    assert_eq!(
        changes(old, later_surer_swapped),
        [
            p(Some("一/（一）"), None, ChangeKind::Deleted),
            p(Some("一/（二）"), Some("一/¶1"), ChangeKind::Renumbered),
            p(None, Some("一/¶2"), ChangeKind::Inserted),
            p(Some("二/（三）"), Some("二/（一）"), ChangeKind::Renumbered),
        ]
    );
    let twice = "某某通知\n一、总体要求\n加强组织领导，建立健全工作机制。\n加强组织领导，建立工作机制。\n（一）强化督促检查，确保工作落实。\n二、保障措施\n（二）加大资金投入。\n";
    assert_eq!(
        changes(old, twice),
        [
            p(Some("一/（一）"), Some("一/¶1"), ChangeKind::Renumbered),
            p(None, Some("一/¶2"), ChangeKind::Inserted),
            p(Some("一/（二）"), Some("一/（一）"), ChangeKind::Renumbered),
            p(Some("二/（三）"), Some("二/（二）"), ChangeKind::Renumbered),
        ]
    );
}
