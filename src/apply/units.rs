//! Lists of responsible units: `省工信厅、财政厅、地税局，省国税局，各设区市人民政府、平潭综合实验区管委会`.
//!
//! Groups are separated by ，; members of a group by 、; a leading 省 prefixes the whole group
//! (财政厅 means 省财政厅). Deleting and merging act on members, keep the group prefix right
//! (deleting the first member moves 省 to the next one), drop an emptied group with one separator,
//! and never touch text outside the list.

/// Prefixes that apply to every member of a group.
const PREFIXES: [&str; 1] = ["省"];

#[derive(Debug, Clone, PartialEq, Eq)]
struct Group {
    prefix: String,
    members: Vec<String>,
    /// The separator after the group (，), empty for the last one.
    sep: String,
}

/// A parsed list of units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitList {
    groups: Vec<Group>,
}

fn is_group_sep(c: char) -> bool {
    matches!(c, '，' | ',' | '；' | ';')
}

impl UnitList {
    pub fn parse(text: &str) -> Self {
        let mut groups = Vec::new();
        let mut cur = String::new();
        for c in text.chars() {
            if is_group_sep(c) {
                groups.push(Self::group(&cur, c.to_string()));
                cur.clear();
            } else {
                cur.push(c);
            }
        }
        groups.push(Self::group(&cur, String::new()));
        UnitList { groups }
    }

    fn group(text: &str, sep: String) -> Group {
        let mut members: Vec<String> = text.split('、').map(str::to_string).collect();
        let mut prefix = String::new();
        if let Some(first) = members.first_mut() {
            for p in PREFIXES {
                if first.starts_with(p) && first.chars().count() > p.chars().count() + 1 && !first.starts_with("省直")
                {
                    prefix = p.to_string();
                    *first = first[p.len()..].to_string();
                }
            }
        }
        Group { prefix, members, sep }
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        for g in &self.groups {
            out.push_str(&g.prefix);
            out.push_str(&g.members.join("、"));
            out.push_str(&g.sep);
        }
        out
    }

    /// Where `unit` is: (group, member). A member matches with or without its group's prefix.
    fn position(&self, unit: &str) -> Option<(usize, usize)> {
        for (gi, g) in self.groups.iter().enumerate() {
            for (mi, m) in g.members.iter().enumerate() {
                if m == unit || (!g.prefix.is_empty() && format!("{}{m}", g.prefix) == unit) {
                    return Some((gi, mi));
                }
            }
        }
        None
    }

    /// Every member as it stands in the text: the first of a group with the group's prefix
    /// (`省国税局`), the others without (`地税局`).
    pub fn written(&self) -> Vec<String> {
        self.groups
            .iter()
            .flat_map(|g| {
                g.members.iter().enumerate().map(|(i, m)| if i == 0 { format!("{}{m}", g.prefix) } else { m.clone() })
            })
            .collect()
    }

    /// Every member as (full name with its group's prefix, name as written in the list).
    pub fn members(&self) -> Vec<(String, String)> {
        self.groups
            .iter()
            .flat_map(|g| g.members.iter().map(move |m| (format!("{}{m}", g.prefix), m.clone())))
            .collect()
    }

    pub fn contains(&self, unit: &str) -> bool {
        self.position(unit).is_some()
    }

    /// Removes a unit; an emptied group goes with one separator. Returns whether it was there.
    pub fn delete(&mut self, unit: &str) -> bool {
        let Some((gi, mi)) = self.position(unit) else { return false };
        self.groups[gi].members.remove(mi);
        if self.groups[gi].members.is_empty() {
            let removed = self.groups.remove(gi);
            if gi == self.groups.len() && gi > 0 {
                // it was the last group: the group before it takes its (empty) separator
                self.groups[gi - 1].sep = removed.sep;
            }
        }
        true
    }

    /// Merges `units` into `into`: where several appear, the last one is replaced by the new unit
    /// (written as its group requires) and the others are removed; where one appears, it is replaced.
    /// Returns how many units were found.
    pub fn merge(&mut self, units: &[String], into: &str) -> usize {
        let mut found: Vec<(usize, usize)> = units.iter().filter_map(|u| self.position(u)).collect();
        if found.is_empty() {
            return 0;
        }
        found.sort();
        let count = found.len();
        let &(gi, mi) = found.last().expect("not empty");
        let g = &mut self.groups[gi];
        g.members[mi] = match into.strip_prefix(g.prefix.as_str()) {
            Some(rest) if !g.prefix.is_empty() => rest.to_string(),
            // a member without prefix in an unprefixed group: write the new unit whole
            _ => into.to_string(),
        };
        // the new unit is the group's first member: its prefix, if any, is the group's own
        if g.prefix.is_empty() && mi == 0 {
            for p in PREFIXES {
                if let Some(rest) = g.members[0].clone().strip_prefix(p)
                    && g.members.len() == 1
                {
                    g.prefix = p.to_string();
                    g.members[0] = rest.to_string();
                }
            }
        }
        let earlier: Vec<String> = found[..found.len() - 1]
            .iter()
            .map(|&(g, m)| format!("{}{}", self.groups[g].prefix, self.groups[g].members[m]))
            .collect();
        for e in earlier {
            self.delete(&e);
        }
        count
    }
}

/// Whether a piece of running text looks like a unit name (省财政厅, 国税局, 人行福州中心支行).
pub fn unit_like(s: &str) -> bool {
    const SUFFIXES: [&str; 16] =
        ["局", "厅", "委", "办", "部", "署", "会", "院", "行", "处", "中心", "政府", "集团", "公司", "所", "站"];
    let n = s.chars().count();
    (2..=16).contains(&n)
        && !s.contains(['，', '。', '；', '：', '“', '”', '（', '）'])
        && SUFFIXES.iter().any(|x| s.ends_with(x))
}

/// The lists of units in running text that contain any of `names`: maximal runs of unit-like pieces
/// separated by 、 (or ，). Returns byte ranges of the runs with at least two members, and the ranges
/// of occurrences that stand alone (not in a list).
pub fn running_lists(text: &str, names: &[String]) -> (Vec<std::ops::Range<usize>>, Vec<std::ops::Range<usize>>) {
    let mut lists = Vec::new();
    let mut alone = Vec::new();
    let mut occ: Vec<std::ops::Range<usize>> = Vec::new();
    // an empty name would match at every position, and an empty range never ends a run
    for n in names.iter().filter(|n| !n.is_empty()) {
        for (s, _) in text.match_indices(n.as_str()) {
            let s = if text[..s].ends_with('省') { s - '省'.len_utf8() } else { s };
            occ.push(
                s..s + n.len()
                    + if text[s..].starts_with('省') && !n.starts_with('省') { '省'.len_utf8() } else { 0 },
            );
        }
    }
    occ.sort_by_key(|r| r.start);
    occ.dedup();
    let mut i = 0;
    while i < occ.len() {
        let mut start = occ[i].start;
        let mut end = occ[i].end;
        // extend left over unit-like neighbours separated by 、
        loop {
            let before = &text[..start];
            let Some(b) = before.strip_suffix('、') else { break };
            let piece_start = b
                .rfind(['，', '。', '；', '：', '、', '（', '）', '“', '”'])
                .map_or(0, |p| p + b[p..].chars().next().unwrap().len_utf8());
            let piece = &b[piece_start..];
            if !unit_like(piece) {
                break;
            }
            start = piece_start;
        }
        // extend right over neighbours separated by 、, and over the next occurrences
        loop {
            let after = &text[end..];
            let Some(a) = after.strip_prefix('、') else { break };
            let piece_len = a.find(['，', '。', '；', '：', '、', '（', '）', '“', '”']).unwrap_or(a.len());
            let piece = &a[..piece_len];
            // the next occurrence may be glued to following text (地税局梳理)
            if let Some(next) = occ.iter().find(|o| o.start == end + '、'.len_utf8()) {
                end = next.end;
                continue;
            }
            if !unit_like(piece) {
                break;
            }
            end += '、'.len_utf8() + piece_len;
        }
        while i < occ.len() && occ[i].start < end {
            i += 1;
        }
        if text[start..end].contains('、') {
            lists.push(start..end);
        } else {
            alone.push(start..end);
        }
    }
    (lists, alone)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn running_lists_ignore_an_empty_name() {
        // an empty name matched everywhere and its empty range never ended a run: an endless loop
        let (lists, alone) = running_lists("地税局、国税局负责", &s(&["", "国税局"]));
        assert_eq!(lists.len(), 1);
        assert_eq!((lists[0].start, lists[0].end), (0, 21));
        assert!(alone.is_empty());
    }

    #[test]
    fn parse_and_render_round_trip() {
        let t = "省工信厅、财政厅、地税局，省国税局，各设区市人民政府、平潭综合实验区管委会";
        assert_eq!(UnitList::parse(t).render(), t);
        assert!(UnitList::parse(t).contains("省财政厅"));
        assert!(UnitList::parse(t).contains("国税局"));
    }

    #[test]
    fn merge_tax_bureaus_across_groups() {
        let mut l = UnitList::parse("省工信厅、金融监管局、自然资源厅、住建厅、地税局，省国税局，各设区市人民政府");
        assert_eq!(l.merge(&s(&["地税局", "国税局"]), "省税务局"), 2);
        assert_eq!(l.render(), "省工信厅、金融监管局、自然资源厅、住建厅，省税务局，各设区市人民政府");
    }

    #[test]
    fn merge_within_one_group_and_single_occurrence() {
        let mut l = UnitList::parse("省国税局、地税局");
        l.merge(&s(&["地税局", "国税局"]), "省税务局");
        assert_eq!(l.render(), "省税务局");
        let mut l = UnitList::parse("省财政厅、地税局，各设区市人民政府");
        l.merge(&s(&["地税局", "国税局"]), "省税务局");
        assert_eq!(l.render(), "省财政厅、税务局，各设区市人民政府");
    }

    #[test]
    fn delete_keeps_prefix_and_separators_right() {
        let mut l = UnitList::parse("省物价局、财政厅，福建检验检疫局、厦门检验检疫局，各市人民政府");
        assert!(l.delete("物价局"));
        assert_eq!(l.render(), "省财政厅，福建检验检疫局、厦门检验检疫局，各市人民政府");
        l.delete("福建检验检疫局");
        l.delete("厦门检验检疫局");
        assert_eq!(l.render(), "省财政厅，各市人民政府");
        let mut l = UnitList::parse("省财政厅，省国税局");
        assert!(l.delete("省国税局"));
        assert_eq!(l.render(), "省财政厅");
        assert!(!l.delete("国税局"));
    }

    #[test]
    fn running_text_lists() {
        let t = "加强融资租赁行业的税务辅导与支持，省国税局、地税局梳理融资租赁公司税收政策";
        let (lists, alone) = running_lists(t, &s(&["地税局", "国税局"]));
        assert_eq!(lists.len(), 1);
        assert_eq!(&t[lists[0].clone()], "省国税局、地税局");
        assert!(alone.is_empty());
        let (lists, alone) = running_lists("由物价局负责", &s(&["物价局"]));
        assert!(lists.is_empty());
        assert_eq!(alone.len(), 1);
    }
}
