//! Clause alignment by content, not position.
//!
//! Units are aligned within their group (articles with articles, chapters with chapters …):
//! 1. identical normalised texts are paired first, through a hash map (linear; repeated texts pair
//!    in order);
//! 2. the longest in-order chain of those pairs (LIS) anchors the two documents;
//! 3. between two consecutive anchors, the leftover old and new units are paired by similarity
//!    (Dice coefficient of character bigrams), best first, keeping their order; large gaps compare
//!    only units at about the same relative place (a band), so no step is quadratic in the document;
//! 4. units still left are paired across the document when they are very similar (moved and maybe
//!    modified), using an index of their rarer bigrams to find candidates;
//! 5. a final LIS over all pairs decides which pairs kept their order; the rest moved.

use std::collections::BTreeMap;

// texts hashed are whole clauses of the user's own documents: a fast hash, no flooding concern
use rustc_hash::FxHashMap;

use super::model::{DiffOptions, UnitKind};
use super::units::Unit;

/// A pair of aligned units: indices into the old and new unit lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub old: usize,
    pub new: usize,
    /// The pair is out of order with respect to the other pairs of its group.
    pub moved: bool,
}

/// Gaps with more candidate pairs than this compare only a band around the diagonal.
const FULL_GAP_PAIRS: usize = 40_000;
/// Half-width of that band, in units.
const BAND: usize = 40;
/// Leftover sets with more candidate pairs than this find candidates through a bigram index.
const FULL_LEFTOVER_PAIRS: usize = 40_000;
/// Candidates per unit taken from the bigram index.
const INDEX_CANDIDATES: usize = 8;

/// Aligns two unit lists; returns the pairs sorted by new index.
pub fn align(old: &[Unit], new: &[Unit], opts: &DiffOptions) -> Vec<Pair> {
    let mut groups: BTreeMap<_, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, u) in old.iter().enumerate() {
        groups.entry(u.group()).or_default().0.push(i);
    }
    for (j, u) in new.iter().enumerate() {
        groups.entry(u.group()).or_default().1.push(j);
    }
    let mut pairs = Vec::new();
    for (olds, news) in groups.values() {
        let o: Vec<&Unit> = olds.iter().map(|&i| &old[i]).collect();
        let n: Vec<&Unit> = news.iter().map(|&j| &new[j]).collect();
        for p in align_group(&o, &n, opts) {
            pairs.push(Pair { old: olds[p.old], new: news[p.new], moved: p.moved });
        }
    }
    cross_group(old, new, opts, &mut pairs);
    pairs.sort_by_key(|p| p.new);
    pairs
}

/// Aligns two unit lists where some pairs are known beforehand (`known`: old path → new path, the
/// lineage of an applied decision): those are paired as given, the rest are aligned by content
/// ([`align`]). Which pairs moved is decided over all pairs of each group, as [`align`] does.
pub fn align_known(old: &[Unit], new: &[Unit], opts: &DiffOptions, known: &[(String, String)]) -> Vec<Pair> {
    let old_at: FxHashMap<&str, usize> = old.iter().enumerate().map(|(i, u)| (u.path(), i)).collect();
    let new_at: FxHashMap<&str, usize> = new.iter().enumerate().map(|(j, u)| (u.path(), j)).collect();
    let mut old_used = vec![false; old.len()];
    let mut new_used = vec![false; new.len()];
    let mut pairs = Vec::new();
    for (o, n) in known {
        if let (Some(&i), Some(&j)) = (old_at.get(o.as_str()), new_at.get(n.as_str()))
            && !old_used[i]
            && !new_used[j]
            && compatible(old[i].unit, new[j].unit)
        {
            old_used[i] = true;
            new_used[j] = true;
            pairs.push(Pair { old: i, new: j, moved: false });
        }
    }
    let rest_old: Vec<usize> = (0..old.len()).filter(|&i| !old_used[i]).collect();
    let rest_new: Vec<usize> = (0..new.len()).filter(|&j| !new_used[j]).collect();
    // (align pairs nothing when either side is empty)
    let o: Vec<Unit> = rest_old.iter().map(|&i| old[i].clone()).collect();
    let n: Vec<Unit> = rest_new.iter().map(|&j| new[j].clone()).collect();
    pairs.extend(align(&o, &n, opts).into_iter().map(|p| Pair {
        old: rest_old[p.old],
        new: rest_new[p.new],
        moved: false,
    }));
    // moved: not on the longest in-order chain of its group
    pairs.sort_by_key(|p| p.new);
    let mut groups: BTreeMap<_, Vec<usize>> = BTreeMap::new();
    for (k, p) in pairs.iter().enumerate() {
        groups.entry(old[p.old].group()).or_default().push(k);
    }
    for members in groups.values() {
        let chain = longest_increasing(&members.iter().map(|&k| pairs[k].old).collect::<Vec<_>>());
        let mut on_chain = vec![false; members.len()];
        for c in chain {
            on_chain[c] = true;
        }
        for (m, &k) in members.iter().enumerate() {
            pairs[k].moved = !on_chain[m];
        }
    }
    pairs
}

/// Units of these kinds may pair across groups: a heading with another kind of heading (a 节 that
/// became a 章), a clause with a free paragraph (an item whose number went away).
fn compatible(a: UnitKind, b: UnitKind) -> bool {
    a == b || matches!((a, b), (UnitKind::Clause, UnitKind::Text) | (UnitKind::Text, UnitKind::Clause))
}

/// Pairs leftover units of different groups that stand between the same anchors and say nearly the
/// same: an item whose first sentence was deleted, leaving its second paragraph as plain text under
/// the point (Fujian 2020, document 2, 第六点), is one modified unit, not a deletion and an insertion.
/// Metadata stays apart.
fn cross_group(old: &[Unit], new: &[Unit], opts: &DiffOptions, pairs: &mut Vec<Pair>) {
    let mut old_used = vec![false; old.len()];
    let mut new_used = vec![false; new.len()];
    for p in pairs.iter() {
        old_used[p.old] = true;
        new_used[p.new] = true;
    }
    let eligible = |u: &Unit| u.unit != UnitKind::Metadata;
    if !old.iter().zip(&old_used).any(|(u, used)| !used && eligible(u))
        || !new.iter().zip(&new_used).any(|(u, used)| !used && eligible(u))
    {
        return;
    }
    let mut in_order: Vec<(usize, usize)> = pairs.iter().filter(|p| !p.moved).map(|p| (p.old, p.new)).collect();
    in_order.sort_by_key(|p| p.1);
    let chain = longest_increasing(&in_order.iter().map(|p| p.0).collect::<Vec<_>>());
    let mut anchors: Vec<(isize, isize)> = vec![(-1, -1)];
    anchors.extend(chain.iter().map(|&k| (in_order[k].0 as isize, in_order[k].1 as isize)));
    anchors.push((old.len() as isize, new.len() as isize));
    for w in anchors.windows(2) {
        let gap_old: Vec<usize> =
            ((w[0].0 + 1) as usize..w[1].0 as usize).filter(|&i| !old_used[i] && eligible(&old[i])).collect();
        let gap_new: Vec<usize> =
            ((w[0].1 + 1) as usize..w[1].1 as usize).filter(|&j| !new_used[j] && eligible(&new[j])).collect();
        if gap_old.is_empty() || gap_new.is_empty() || gap_old.len() * gap_new.len() > FULL_GAP_PAIRS {
            continue;
        }
        let old_units: Vec<&Unit> = gap_old.iter().map(|&i| &old[i]).collect();
        let new_units: Vec<&Unit> = gap_new.iter().map(|&j| &new[j]).collect();
        let mut sigs = Signatures::new(&old_units, &new_units);
        let mut candidates = Vec::new();
        for (a, ou) in old_units.iter().enumerate() {
            for (b, nu) in new_units.iter().enumerate() {
                if !compatible(ou.unit, nu.unit) {
                    continue;
                }
                let s = sigs.similarity(a, b, opts.gap_similarity);
                if s >= opts.gap_similarity {
                    candidates.push(Candidate { old: a, new: b, sim: s, same_number: false, distance: 0.0 });
                }
            }
        }
        sort_candidates(&mut candidates);
        let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
        for c in candidates {
            let (i, j) = (gap_old[c.old], gap_new[c.new]);
            if old_used[i] || new_used[j] {
                continue;
            }
            let before_ok = taken.range(..i).next_back().is_none_or(|(_, &jj)| jj < j);
            let after_ok = taken.range(i + 1..).next().is_none_or(|(_, &jj)| jj > j);
            if before_ok && after_ok {
                taken.insert(i, j);
                old_used[i] = true;
                new_used[j] = true;
                pairs.push(Pair { old: i, new: j, moved: false });
            }
        }
    }
}

/// Aligns the units of one group; indices are into `old` and `new`.
fn align_group(old: &[&Unit], new: &[&Unit], opts: &DiffOptions) -> Vec<Pair> {
    let mut old_match: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_match: Vec<Option<usize>> = vec![None; new.len()];

    // 1. identical texts: as written first, then after normalisation (computed for the rest only)
    match_identical(
        old.iter().map(|u| u.text.as_ref()),
        new.iter().map(|u| u.text.as_ref()),
        &mut old_match,
        &mut new_match,
    );
    let old_keys: Vec<Option<String>> = old.iter().zip(&old_match).map(|(u, m)| m.is_none().then(|| u.key())).collect();
    let new_keys: Vec<Option<String>> = new.iter().zip(&new_match).map(|(u, m)| m.is_none().then(|| u.key())).collect();
    match_identical(
        old_keys.iter().map(|k| k.as_deref().unwrap_or("\u{0}matched")),
        new_keys.iter().map(|k| k.as_deref().unwrap_or("\u{0}matched")),
        &mut old_match,
        &mut new_match,
    );

    // 2. anchors: the longest in-order chain of identical pairs
    let exact: Vec<(usize, usize)> = new_match.iter().enumerate().filter_map(|(j, m)| m.map(|i| (i, j))).collect();
    let chain = longest_increasing(&exact.iter().map(|p| p.0).collect::<Vec<_>>());
    let mut anchors: Vec<(isize, isize)> = vec![(-1, -1)];
    anchors.extend(chain.iter().map(|&k| (exact[k].0 as isize, exact[k].1 as isize)));
    anchors.push((old.len() as isize, new.len() as isize));

    // 3. similar units between consecutive anchors
    let mut sigs = Signatures::new(old, new);
    for w in anchors.windows(2) {
        let (oa, na) = w[0];
        let (ob, nb) = w[1];
        let gap_old: Vec<usize> = ((oa + 1) as usize..ob as usize).filter(|&i| old_match[i].is_none()).collect();
        let gap_new: Vec<usize> = ((na + 1) as usize..nb as usize).filter(|&j| new_match[j].is_none()).collect();
        if gap_old.is_empty() || gap_new.is_empty() {
            continue;
        }
        let threshold = if gap_old.len() == 1 && gap_new.len() == 1 {
            // one unit replaced by one unit in the same place: a rewrite needs less to be recognised
            opts.gap_similarity * 0.5
        } else {
            opts.gap_similarity
        };
        let mut candidates = Vec::new();
        let full = gap_old.len() * gap_new.len() <= FULL_GAP_PAIRS;
        for (a, &i) in gap_old.iter().enumerate() {
            let (lo, hi) = if full {
                (0, gap_new.len())
            } else {
                let centre = a * gap_new.len() / gap_old.len();
                (centre.saturating_sub(BAND), (centre + BAND + 1).min(gap_new.len()))
            };
            for (b, &j) in gap_new.iter().enumerate().take(hi).skip(lo) {
                let s = sigs.similarity(i, j, threshold);
                if s >= threshold {
                    let same_number = old[i].number.is_some() && old[i].number == new[j].number;
                    let distance = (a as f64 / gap_old.len() as f64 - b as f64 / gap_new.len() as f64).abs();
                    candidates.push(Candidate { old: i, new: j, sim: s, same_number, distance });
                }
            }
        }
        sort_candidates(&mut candidates);
        // best first, keeping the pairs in order
        let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
        for c in candidates {
            if old_match[c.old].is_some() || new_match[c.new].is_some() {
                continue;
            }
            let before_ok = taken.range(..c.old).next_back().is_none_or(|(_, &j)| j < c.new);
            let after_ok = taken.range(c.old + 1..).next().is_none_or(|(_, &j)| j > c.new);
            if before_ok && after_ok {
                taken.insert(c.old, c.new);
                old_match[c.old] = Some(c.new);
                new_match[c.new] = Some(c.old);
            }
        }
    }

    // 4. very similar units anywhere: moved
    let left_old: Vec<usize> = (0..old.len()).filter(|&i| old_match[i].is_none()).collect();
    let left_new: Vec<usize> = (0..new.len()).filter(|&j| new_match[j].is_none()).collect();
    if !left_old.is_empty() && !left_new.is_empty() {
        let mut candidates = Vec::new();
        if left_old.len() * left_new.len() <= FULL_LEFTOVER_PAIRS {
            for &i in &left_old {
                for &j in &left_new {
                    let s = sigs.similarity(i, j, opts.move_similarity);
                    if s >= opts.move_similarity {
                        candidates.push(Candidate { old: i, new: j, sim: s, same_number: false, distance: 0.0 });
                    }
                }
            }
        } else {
            for (i, j) in sigs.indexed_candidates(&left_old, &left_new) {
                let s = sigs.similarity(i, j, opts.move_similarity);
                if s >= opts.move_similarity {
                    candidates.push(Candidate { old: i, new: j, sim: s, same_number: false, distance: 0.0 });
                }
            }
        }
        sort_candidates(&mut candidates);
        for c in candidates {
            if old_match[c.old].is_none() && new_match[c.new].is_none() {
                old_match[c.old] = Some(c.new);
                new_match[c.new] = Some(c.old);
            }
        }
    }

    // 5. which pairs kept their order
    let all: Vec<(usize, usize)> = new_match.iter().enumerate().filter_map(|(j, m)| m.map(|i| (i, j))).collect();
    let in_order = longest_increasing(&all.iter().map(|p| p.0).collect::<Vec<_>>());
    let mut moved = vec![true; all.len()];
    for k in in_order {
        moved[k] = false;
    }
    all.iter().zip(moved).map(|(&(old, new), moved)| Pair { old, new, moved }).collect()
}

/// Pairs units whose keys are equal, repeated keys in order; units already matched are skipped.
fn match_identical<'k>(
    old: impl Iterator<Item = &'k str>,
    new: impl Iterator<Item = &'k str>,
    old_match: &mut [Option<usize>],
    new_match: &mut [Option<usize>],
) {
    // for each key, the first old unit not yet paired; `next[i]`: the old unit after `i` with the
    // same key (a queue per key, threaded through one vector instead of one allocation per key)
    let old: Vec<&str> = old.collect();
    let mut first: FxHashMap<&str, usize> = FxHashMap::with_capacity_and_hasher(old.len(), Default::default());
    let mut next: Vec<Option<usize>> = vec![None; old.len()];
    for (i, key) in old.iter().enumerate().rev() {
        if old_match[i].is_none() {
            next[i] = first.insert(key, i);
        }
    }
    for (j, key) in new.enumerate() {
        if new_match[j].is_some() {
            continue;
        }
        if let Some(&i) = first.get(key) {
            match next[i] {
                Some(n) => first.insert(key, n),
                None => first.remove(key),
            };
            old_match[i] = Some(j);
            new_match[j] = Some(i);
        }
    }
}

struct Candidate {
    old: usize,
    new: usize,
    sim: f64,
    same_number: bool,
    distance: f64,
}

/// Most similar first; then same number, then nearer in place; then document order (deterministic).
fn sort_candidates(c: &mut [Candidate]) {
    c.sort_by(|a, b| {
        b.sim
            .total_cmp(&a.sim)
            .then(b.same_number.cmp(&a.same_number))
            .then(a.distance.total_cmp(&b.distance))
            .then(a.old.cmp(&b.old))
            .then(a.new.cmp(&b.new))
    });
}

/// Indices (into `seq`) of a longest strictly increasing subsequence, in order (patience sorting,
/// O(n log n)).
pub fn longest_increasing(seq: &[usize]) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new(); // index into seq of the smallest tail of each length
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (k, &v) in seq.iter().enumerate() {
        let pos = tails.partition_point(|&t| seq[t] < v);
        prev[k] = pos.checked_sub(1).map(|p| tails[p]);
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        out.push(k);
        cur = prev[k];
    }
    out.reverse();
    out
}

/// Character-bigram sets of the units, computed on first use (most units pair by identity and never
/// need one).
struct Signatures<'u> {
    old: &'u [&'u Unit],
    new: &'u [&'u Unit],
    old_sigs: Vec<Option<Vec<u64>>>,
    new_sigs: Vec<Option<Vec<u64>>>,
}

impl<'u> Signatures<'u> {
    fn new(old: &'u [&'u Unit], new: &'u [&'u Unit]) -> Self {
        Signatures { old, new, old_sigs: vec![None; old.len()], new_sigs: vec![None; new.len()] }
    }

    fn old_sig(&mut self, i: usize) -> &[u64] {
        self.old_sigs[i].get_or_insert_with(|| bigrams(self.old[i].key_chars()))
    }

    fn new_sig(&mut self, j: usize) -> &[u64] {
        self.new_sigs[j].get_or_insert_with(|| bigrams(self.new[j].key_chars()))
    }

    /// Dice coefficient of the two bigram sets, 0..=1, when it reaches `at_least` ([`dice_at_least`]).
    fn similarity(&mut self, i: usize, j: usize, at_least: f64) -> f64 {
        self.old_sig(i);
        self.new_sig(j);
        let (a, b) = (self.old_sigs[i].as_deref().unwrap_or(&[]), self.new_sigs[j].as_deref().unwrap_or(&[]));
        dice_at_least(a, b, at_least)
    }

    /// Candidate pairs for large leftover sets: for each old unit, the new units that share the most
    /// of its rarer bigrams.
    fn indexed_candidates(&mut self, left_old: &[usize], left_new: &[usize]) -> Vec<(usize, usize)> {
        let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        for &j in left_new {
            for &g in self.new_sig(j).to_vec().iter() {
                index.entry(g).or_default().push(j);
            }
        }
        // bigrams shared by very many units say little and cost much
        let common = (left_new.len() / 20).max(16);
        let mut out = Vec::new();
        let mut hits: FxHashMap<usize, usize> = FxHashMap::default();
        for &i in left_old {
            hits.clear();
            for g in self.old_sig(i).to_vec() {
                if let Some(list) = index.get(&g).filter(|l| l.len() <= common) {
                    for &j in list {
                        *hits.entry(j).or_default() += 1;
                    }
                }
            }
            let mut best: Vec<(usize, usize)> = hits.iter().map(|(&j, &h)| (h, j)).collect();
            best.sort_unstable_by(|a, b| b.cmp(a));
            out.extend(best.into_iter().take(INDEX_CANDIDATES).map(|(_, j)| (i, j)));
        }
        out
    }
}

/// The sorted, deduplicated character bigrams of `s` (single characters for a one-character text).
fn bigrams(mut chars: impl Iterator<Item = char>) -> Vec<u64> {
    let Some(first) = chars.next() else { return Vec::new() };
    let mut prev = first as u64;
    let mut out: Vec<u64> = chars
        .map(|c| {
            let pair = (prev << 32) | c as u64;
            prev = c as u64;
            pair
        })
        .collect();
    if out.is_empty() {
        out.push(first as u64);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The Dice coefficient itself (the engine asks only whether it reaches a threshold).
#[cfg(test)]
fn dice(a: &[u64], b: &[u64]) -> f64 {
    dice_at_least(a, b, f64::NEG_INFINITY)
}

/// [`dice`] where it reaches `at_least`; below it, a value below `at_least` (-1 when the merge stops
/// early). Pairs are compared by the thousand in a large gap and most of them are far apart: the
/// merge stops as soon as the bigrams left cannot make up the shared ones needed, and pairs whose
/// lengths alone rule them out are not merged at all.
fn dice_at_least(a: &[u64], b: &[u64], at_least: f64) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let most = a.len().min(b.len());
    // the score of k shared bigrams
    let score = |k: usize| 2.0 * k as f64 / total as f64;
    // the fewest shared bigrams whose score reaches `at_least` (exactly, not by rounding)
    let mut need = 0;
    if at_least > 0.0 {
        if score(most) < at_least {
            return -1.0;
        }
        need = ((at_least * total as f64 / 2.0).ceil() as usize).min(most);
        while need > 0 && score(need - 1) >= at_least {
            need -= 1;
        }
        while score(need) < at_least {
            need += 1;
        }
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        if shared + (a.len() - i).min(b.len() - j) < need {
            return -1.0;
        }
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    score(shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lis_finds_the_in_order_chain() {
        let seq = [0, 1, 5, 2, 3, 4];
        let lis: Vec<usize> = longest_increasing(&seq).into_iter().map(|k| seq[k]).collect();
        assert_eq!(lis, [0, 1, 2, 3, 4]);
        assert!(longest_increasing(&[]).is_empty());
    }

    /// A text of two characters or more is its ordered character pairs; a one-character text is
    /// that character (so that two different one-character texts do not look alike).
    #[test]
    fn bigrams_are_ordered_pairs_and_single_characters_alone() {
        assert_eq!(bigrams("甲乙".chars()).len(), 1);
        assert_eq!(dice(&bigrams("甲乙".chars()), &bigrams("乙甲".chars())), 0.0, "order matters");
        assert_eq!(dice(&bigrams("甲".chars()), &bigrams("乙".chars())), 0.0);
        assert_eq!(dice(&bigrams("甲".chars()), &bigrams("甲".chars())), 1.0);
        // an empty text is like another empty one only
        assert_eq!(dice(&bigrams("".chars()), &bigrams("".chars())), 1.0);
        assert_eq!(dice(&bigrams("".chars()), &bigrams("甲乙".chars())), 0.0);
        assert_eq!(dice(&bigrams("甲乙".chars()), &bigrams("".chars())), 0.0);
        assert_eq!(bigrams("甲乙甲乙".chars()), bigrams("甲乙甲".chars()), "deduplicated");
    }

    proptest::proptest! {
        /// The pruned Dice gives the same pairs and scores as the full one: at or above the
        /// threshold the very value of `dice`, below it something below the threshold.
        #[test]
        fn dice_at_least_agrees_with_dice(
            a in proptest::collection::btree_set(0u64..40, 0..30),
            b in proptest::collection::btree_set(0u64..40, 0..30),
            t in 0.0f64..1.0,
        ) {
            let (a, b): (Vec<u64>, Vec<u64>) = (a.into_iter().collect(), b.into_iter().collect());
            // the reference: the shared bigrams counted by a set intersection, not by the merge
            let shared = a.iter().filter(|x| b.contains(x)).count();
            let full = if a.is_empty() && b.is_empty() { 1.0 } else { 2.0 * shared as f64 / (a.len() + b.len()) as f64 };
            proptest::prop_assert_eq!(dice(&a, &b), full);
            let pruned = dice_at_least(&a, &b, t);
            if full >= t {
                proptest::prop_assert_eq!(pruned, full);
            } else {
                proptest::prop_assert!(pruned < t, "{} against {} at {}", pruned, full, t);
            }
        }
    }

    #[test]
    fn dice_at_least_at_the_thresholds_the_engine_uses() {
        // 3 of 4 bigrams shared: 0.75; exactly at a threshold counts
        let (a, b) = ([1, 2, 3, 4], [1, 2, 3, 5]);
        assert_eq!(dice_at_least(&a, &b, 0.75), 0.75);
        assert!(dice_at_least(&a, &b, 0.76) < 0.76);
        // lengths alone rule it out: 1 of 10 can reach 2/11 at most
        assert_eq!(dice_at_least(&[1], &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5), -1.0);
        // the most the lengths allow (1 of 1 and 3: 2/4) is exactly the threshold: it counts
        assert_eq!(dice_at_least(&[1], &[1, 2, 3], 0.5), 0.5);
        assert_eq!(dice_at_least(&[], &[], 0.9), 1.0);
    }

    #[test]
    fn dice_of_bigrams() {
        assert_eq!(dice(&bigrams("经营者".chars()), &bigrams("经营者".chars())), 1.0);
        assert_eq!(dice(&bigrams("甲乙".chars()), &bigrams("丙丁".chars())), 0.0);
        let s = dice(&bigrams("国务院反垄断执法机构".chars()), &bigrams("国务院反垄断委员会".chars()));
        assert!(s > 0.4 && s < 0.7, "{s}");
    }
}
