//! Lists of responsible units: `省工信厅、财政厅、地税局，省国税局，各设区市人民政府、平潭综合实验区管委会`.
//!
//! Groups are separated by ，; members of a group by 、; a leading 省 prefixes the whole group
//! (财政厅 means 省财政厅). Deleting and merging act on members, keep the group prefix right
//! (deleting the first member moves 省 to the next one), drop an emptied group with one separator,
//! and never touch text outside the list. Lists where every member writes its own 省
//! (`省农业厅、省财政厅`, as many provinces write them) are read the same way: 财政厅 and 省财政厅 name
//! the same member, and a member keeps writing its own 省 when it is replaced or comes first.
//!
//! Where the lists stand ([`unit_blocks`]): after a label (牵头单位：, 责任单位：, 配合部门：…, the
//! labels of `grammar/document.pest`), either on a line of their own (`责任单位：…`, a units line) or
//! in a parenthetical that opens with a label, on its own line or inside an item's text
//! (`加快推进土地确权登记。（牵头单位：省国土资源厅；责任单位：省农业厅、省财政厅）`). Several labelled
//! lists in one block are separated by ；(or ，) before the next label; each is a list of its own.
//! A parenthetical after a sentence whose lists each give their role after them
//! (`（省经信委牵头，省发改委、财政厅配合）`, `（各设区市人民政府负责）`) is a block too: 牵头, 配合, 参与, 协助
//! and 负责 stand for the labels 牵头单位, 配合单位, 参与单位, 协助单位 and 责任单位 ([`role_lists`]).
//! Lists in running text without a label are found by [`running_lists`].
//!
//! What an emptied list leaves ([`edit_labelled`]): a labelled list whose last member goes is removed
//! with its label and one separator (the one after it, or before it when it was the last list of its
//! block); a block whose lists are all emptied is removed whole: a parenthetical with its parentheses
//! and nothing else (the text and marks around it stay), a units line as a line (the caller removes
//! the line left empty).

use std::ops::Range;

use crate::document::{units_label, units_name};
use crate::text::punct::{is_close_paren, is_open_paren, parentheticals};

/// Prefixes that apply to every member of a group.
const PREFIXES: [&str; 1] = ["省"];

#[derive(Debug, Clone, PartialEq, Eq)]
struct Group {
    prefix: String,
    members: Vec<String>,
    /// The separator after the group (，), empty for the last one.
    sep: String,
}

impl Group {
    /// A member's full name: with the group's prefix, unless it writes the prefix itself.
    fn full(&self, m: &str) -> String {
        if m.starts_with(self.prefix.as_str()) { m.to_string() } else { format!("{}{m}", self.prefix) }
    }

    /// Whether a member writes the group's prefix itself (省农业厅、省财政厅): never the first, whose
    /// prefix parsing made the group's (a first member that starts with it again, 省省…, is no name).
    fn writes_prefix(&self, mi: usize) -> bool {
        !self.prefix.is_empty() && self.members[mi].starts_with(self.prefix.as_str())
    }
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

    /// Where `unit` is: (group, member). A member matches with or without its group's prefix,
    /// and a member that writes the prefix itself (省财政厅 after 省农业厅、) matches without it.
    fn position(&self, unit: &str) -> Option<(usize, usize)> {
        self.positions(unit).next()
    }

    /// Every place `unit` stands, as [`position`](Self::position) finds the first.
    fn positions<'a>(&'a self, unit: &'a str) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.groups.iter().enumerate().flat_map(move |(gi, g)| {
            g.members
                .iter()
                .enumerate()
                .filter(move |(_, m)| *m == unit || g.full(m) == unit || (!g.prefix.is_empty() && g.full(unit) == **m))
                .map(move |(mi, _)| (gi, mi))
        })
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
        self.groups.iter().flat_map(|g| g.members.iter().map(move |m| (g.full(m), m.clone()))).collect()
    }

    /// Whether `units` stand one after another in the list, in this order (省地税局、国税局).
    pub fn is_run(&self, units: &[String]) -> bool {
        let flat: Vec<(usize, usize)> =
            self.groups.iter().enumerate().flat_map(|(gi, g)| (0..g.members.len()).map(move |mi| (gi, mi))).collect();
        let at: Option<Vec<usize>> =
            units.iter().map(|u| self.position(u).and_then(|p| flat.iter().position(|&f| f == p))).collect();
        at.is_some_and(|at| !at.is_empty() && at.windows(2).all(|w| w[1] == w[0] + 1))
    }

    /// The first unit the list names twice (省财政厅、税务局，省税务局: 省税务局), by full name.
    pub fn twice(&self) -> Option<String> {
        let full: Vec<String> = self.members().into_iter().map(|(f, _)| f).collect();
        full.iter().enumerate().find(|(i, f)| full[..*i].contains(f)).map(|(_, f)| f.clone())
    }

    pub fn contains(&self, unit: &str) -> bool {
        self.position(unit).is_some()
    }

    /// Removes a unit; an emptied group goes with one separator. Returns whether it was there.
    pub fn delete(&mut self, unit: &str) -> bool {
        let Some((gi, mi)) = self.position(unit) else { return false };
        let g = &mut self.groups[gi];
        g.members.remove(mi);
        // the next member comes first: the group's prefix stands before it, so a prefix it wrote
        // itself is not written twice (省农业厅、省财政厅 less 农业厅 is 省财政厅)
        if mi == 0
            && !g.prefix.is_empty()
            && let Some(first) = g.members.first_mut()
            && first.starts_with(g.prefix.as_str())
        {
            *first = first[g.prefix.len()..].to_string();
        }
        if self.groups[gi].members.is_empty() {
            let removed = self.groups.remove(gi);
            if gi == self.groups.len() && gi > 0 {
                // it was the last group: the group before it takes its (empty) separator
                self.groups[gi - 1].sep = removed.sep;
            }
        }
        true
    }

    /// Adds a unit at the end of its group: the last group with the unit's prefix (省财政厅 joins
    /// 省工信厅、发改委 as 财政厅, or as 省财政厅 where members write their own 省), else a group of
    /// its own at the end, after ，. Returns false when the unit is there already.
    pub fn add(&mut self, unit: &str) -> bool {
        if self.contains(unit) {
            return false;
        }
        let prefix = PREFIXES.iter().find(|p| unit.starts_with(**p) && unit.len() > p.len()).copied().unwrap_or("");
        if self.groups.iter().all(|g| g.members.iter().all(String::is_empty)) {
            self.groups = vec![Self::group(unit, String::new())];
            return true;
        }
        match self.groups.iter_mut().rfind(|g| g.prefix == prefix) {
            Some(g) => {
                let own = (1..g.members.len()).any(|mi| g.writes_prefix(mi));
                let written = if own { unit } else { &unit[prefix.len()..] };
                g.members.push(written.to_string());
            }
            None => {
                let last = self.groups.last_mut().expect("a list has a group");
                last.sep = "，".to_string();
                self.groups.push(Self::group(unit, String::new()));
            }
        }
        true
    }

    /// Whether [`UnitList::add`] puts `unit` in a group of its own although it reads as a department
    /// named without its prefix (a short name in 厅, 委, 办 or 局, of no city or county) and every
    /// group of the list has one: 科技厅 added to 省人社厅、教育厅 stands after ，, not as 省科技厅.
    pub fn stands_apart(&self, unit: &str) -> bool {
        let department = unit.ends_with(['厅', '委', '办', '局'])
            && unit.chars().count() <= 6
            && !unit.starts_with(['各', '国'])
            && !unit.contains(['市', '县', '区']);
        department
            && !self.contains(unit)
            && !PREFIXES.iter().any(|p| unit.starts_with(p))
            && self.groups.iter().any(|g| g.members.iter().any(|m| !m.is_empty()))
            && self.groups.iter().all(|g| !g.prefix.is_empty())
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
            // a member that wrote the prefix itself writes it again
            _ if g.writes_prefix(mi) => g.full(into),
            // (in a group without prefix, the new unit whole)
            Some(rest) => rest.to_string(),
            // a unit of another prefix than the group's: written whole
            None => into.to_string(),
        };
        // the new unit is all its group has: its prefix, if any, is the group's own
        if g.prefix.is_empty()
            && let [only] = &mut g.members[..]
            && let Some((p, rest)) = PREFIXES.iter().find_map(|p| only.strip_prefix(p).map(|r| (p, r.to_string())))
        {
            g.prefix = p.to_string();
            *only = rest;
        }
        let earlier: Vec<String> =
            found[..found.len() - 1].iter().map(|&(g, m)| self.groups[g].full(&self.groups[g].members[m])).collect();
        for e in earlier {
            self.delete(&e);
        }
        // a unit the list names already (地税局 and 省国税局 each renamed 省税务局, one instruction
        // after the other) stands once, where the last of them stands, as it would merged
        while self.positions(into).nth(1).is_some() {
            self.delete(into);
        }
        count
    }
}

/// The members a quotation names in a list (“、国税局” is 国税局; “省地税局、国税局” is two): the
/// quotation split at the list's separators, which go with the members they stand beside.
pub fn named_members(quoted: &str) -> Vec<String> {
    quoted.split(['、', '，', ',', '；', ';']).map(str::trim).filter(|m| !m.is_empty()).map(str::to_string).collect()
}

/// One labelled list of units in a line: `牵头单位：省发展改革委、财政厅`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledList {
    /// The label's name: `牵头单位`, `责任单位`, `配合部门`.
    pub name: String,
    /// Where the label starts; the label, its colon and the blanks after it run up to `list.start`
    /// (a list whose role follows it, 省财政厅配合, starts with its members).
    pub start: usize,
    /// The members (what [`UnitList`] reads); a sentence mark closing the block is left out.
    pub list: Range<usize>,
    /// Where the list ends with its role, when the role follows it (牵头, 配合, 负责, and an 等
    /// before it); else `list.end`.
    pub end: usize,
}

/// Labelled lists that stand together: a units line (`牵头单位：…`), or one parenthetical
/// (`（牵头单位：…；责任单位：…）`, its parentheses included in `range`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitBlock {
    pub range: Range<usize>,
    pub lists: Vec<LabelledList>,
}

fn blank_len(s: &str) -> usize {
    s.len() - s.trim_start_matches([' ', '\u{3000}', '\t', '\u{a0}']).len()
}

/// The labelled lists of units in a line (byte ranges of the line): the whole line when it opens
/// with a label (a units line), else every parenthetical that opens with one, wherever it stands
/// (nested parentheses counted: `（配合单位：各市、县（区）人民政府）`).
///
/// ```
/// let line = "（三）加快推进土地确权登记。（牵头单位：省国土资源厅；责任单位：省农业厅、省财政厅）";
/// let blocks = amend::apply::unit_blocks(line);
/// assert_eq!(blocks.len(), 1);
/// assert!(line[blocks[0].range.clone()].starts_with("（牵头单位："));
/// let lists: Vec<(&str, &str)> =
///     blocks[0].lists.iter().map(|l| (l.name.as_str(), &line[l.list.clone()])).collect();
/// assert_eq!(lists, [("牵头单位", "省国土资源厅"), ("责任单位", "省农业厅、省财政厅")]);
/// ```
pub fn unit_blocks(line: &str) -> Vec<UnitBlock> {
    if units_label(line).is_some() {
        return vec![UnitBlock { range: 0..line.len(), lists: labelled_lists(line, 0..line.len()) }];
    }
    let mut out: Vec<UnitBlock> = Vec::new();
    for r in parentheticals(line) {
        // the outermost: a parenthetical inside a list (县（区）) is the list's
        if out.last().is_some_and(|b| r.start < b.range.end) {
            continue;
        }
        let open = line[r.start..].chars().next().map_or(1, char::len_utf8);
        let close = line[..r.end].chars().next_back().map_or(1, char::len_utf8);
        let inner = r.start + open..r.end - close;
        if units_label(&line[inner.clone()]).is_some() {
            out.push(UnitBlock { lists: labelled_lists(line, inner), range: r });
        } else if let Some(lists) = role_lists(line, inner)
            && annotates(line, r.start)
        {
            out.push(UnitBlock { lists, range: r });
        }
    }
    out
}

/// The words that give a list's role after it (（省发展改革委牵头，省财政厅、商务厅配合）, （各设区市人民政府
/// 负责）, as many provinces write them), and the label each stands for (a locator names the list by
/// it: 第1点牵头单位, 配合单位中的). The longer first.
const ROLES_AFTER: [(&str, &str); 7] = [
    ("牵头负责", "牵头单位"),
    ("按职责分工负责", "责任单位"),
    ("牵头", "牵头单位"),
    ("配合", "配合单位"),
    ("参与", "参与单位"),
    ("协助", "协助单位"),
    ("负责", "责任单位"),
];

/// How the name of a body that can be responsible ends (厅, 委, 人民政府, 管委会, …).
const BODY_ENDS: [&str; 24] = [
    "厅", "委", "局", "办", "院", "会", "部", "室", "府", "署", "处", "所", "站", "社", "馆", "中心", "公司", "集团",
    "银行", "海关", "机构", "单位", "部门", "大学",
];

/// The lists of a parenthetical whose every part names bodies and then their role
/// (`省发展改革委牵头，省财政厅、商务厅等配合`): a part without a role runs on into the next (its ，
/// separates groups of one list, as in 省财政厅、地税局，省国税局负责). None where a part is no list of
/// bodies, or the last has no role.
fn role_lists(line: &str, within: Range<usize>) -> Option<Vec<LabelledList>> {
    let mut out = Vec::new();
    let mut start = within.start;
    let bounds = outside_parens(&line[within.clone()], is_group_sep).map(|i| within.start + i).chain([within.end]);
    for b in bounds {
        let span = &line[start..b];
        let Some((role, name)) = ROLES_AFTER.iter().find(|(r, _)| span.ends_with(r)) else {
            continue;
        };
        let members = span[..span.len() - role.len()].trim_end_matches('等');
        let lead = blank_len(members);
        let list = start + lead..start + members.len();
        if !names_bodies(&line[list.clone()]) {
            return None;
        }
        out.push(LabelledList { name: name.to_string(), start: list.start, list, end: b });
        start = b + line[b..].chars().next().map_or(0, char::len_utf8);
        if b == within.end {
            return Some(out);
        }
    }
    None
}

/// Whether a list names bodies (单位): members (apart at 、 and ，outside parentheses) no longer than a
/// name runs, without a sentence's marks, the first not opening with a preposition (由省财政厅负责 says
/// who, in a sentence), and the last ending as a body's name does, a parenthetical after it aside (各市、
/// 县（区）人民政府 is one body's name over two members).
fn names_bodies(list: &str) -> bool {
    let mut members: Vec<&str> = Vec::new();
    let mut from = 0;
    for i in outside_parens(list, |c| matches!(c, '、' | '，' | ',')) {
        members.push(&list[from..i]);
        from = i + list[i..].chars().next().map_or(0, char::len_utf8);
    }
    members.push(&list[from..]);
    let members: Vec<&str> = members.iter().map(|m| m.trim_matches([' ', '\u{3000}'])).collect();
    let last = members
        .last()
        .map_or("", |m| parentheticals(m).last().filter(|r| r.end == m.len()).map_or(m, |r| &m[..r.start]));
    members.iter().all(|m| (1..=20).contains(&m.chars().count()) && !m.contains(['。', '；', ';', '：', ':', '“', '”']))
        && !members[0].starts_with(['由', '按', '请', '在', '将', '以'])
        && BODY_ENDS.iter().any(|e| last.ends_with(e))
}

/// Where in `s` the separators `is_sep` accepts stand outside parentheses (nested ones counted), in
/// order, as they are asked for.
fn outside_parens<'a>(s: &'a str, is_sep: impl Fn(char) -> bool + 'a) -> impl Iterator<Item = usize> + 'a {
    let mut depth = 0usize;
    s.char_indices().filter_map(move |(i, c)| {
        if is_open_paren(c) {
            depth += 1;
        } else if is_close_paren(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && is_sep(c) {
            return Some(i);
        }
        None
    })
}

/// Whether the parenthetical at `at` annotates what comes before it, as responsible units do: after
/// a sentence's mark, or first on its line.
fn annotates(line: &str, at: usize) -> bool {
    let before = line[..at].trim_end_matches([' ', '\u{3000}']);
    before.is_empty() || before.ends_with(['。', '；', ';', '！', '？', '：', ':'])
}

/// The lists of `line[within]`, which opens with a label: each runs to the next ；;，, (outside
/// nested parentheses) that a label follows; a sentence mark ending the last is not part of it.
fn labelled_lists(line: &str, within: Range<usize>) -> Vec<LabelledList> {
    let end = within.end;
    let mut out = Vec::new();
    let mut at = within.start;
    while let Some(label) = units_label(&line[at..end]) {
        let name = units_name(label).to_string();
        let list_start = at + label.len();
        let list_start = list_start + blank_len(&line[list_start..end]);
        let next = outside_parens(&line[list_start..end], is_group_sep).find_map(|i| {
            let after = list_start + i + line[list_start + i..].chars().next().map_or(0, char::len_utf8);
            let label_at = after + blank_len(&line[after..end]);
            units_label(&line[label_at..end]).map(|_| (list_start + i, label_at))
        });
        match next {
            Some((list_end, label_at)) => {
                out.push(LabelledList { name, start: at, list: list_start..list_end, end: list_end });
                at = label_at;
            }
            None => {
                let body = &line[list_start..end];
                let list_end = list_start + body.trim_end_matches(['。', '；', ';']).len();
                out.push(LabelledList { name, start: at, list: list_start..list_end, end: list_end });
                break;
            }
        }
    }
    out
}

/// The edits an operation on lists of units makes to one line: (range of the line, new text), in
/// order and apart; how many lists it changed; and, for [`edit_lists`], the occurrences that stand
/// alone in running text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEdits {
    pub edits: Vec<(Range<usize>, String)>,
    pub lists: usize,
    pub alone: Vec<Range<usize>>,
}

/// Applies `f` to every labelled list of `line` ([`unit_blocks`]). A changed list is rewritten in
/// place; an emptied list goes with its label and one separator; a block whose lists are all
/// emptied goes whole (see the module's notes). `f` returns how many changes it made to a list.
///
/// ```
/// use amend::apply::{edit_labelled, UnitList};
/// let line = "（二）加快推进。（牵头单位：省物价局；责任单位：省财政厅）";
/// let apply = |e: amend::apply::LineEdits| {
///     let mut out = line.to_string();
///     for (r, t) in e.edits.iter().rev() {
///         out.replace_range(r.clone(), t);
///     }
///     out
/// };
/// // the 牵头单位 list is emptied: it goes with its label and the ；after it
/// let e = edit_labelled(line, &mut |l: &mut UnitList| usize::from(l.delete("物价局")));
/// assert_eq!(apply(e), "（二）加快推进。（责任单位：省财政厅）");
/// // every list emptied: the parenthetical goes, and nothing else
/// let e = edit_labelled(line, &mut |l: &mut UnitList| usize::from(l.delete("物价局") | l.delete("财政厅")));
/// assert_eq!(apply(e), "（二）加快推进。");
/// ```
pub fn edit_labelled(line: &str, f: &mut dyn FnMut(&mut UnitList) -> usize) -> LineEdits {
    let mut out = LineEdits::default();
    for block in unit_blocks(line) {
        edit_block(line, &block, f, &mut out);
    }
    out
}

/// The edits that strike `name` from the labelled list of `line` that holds `at`, when `name` is one
/// of its members: a text deleted there is a member of the list, and goes as a list's deletion takes
/// it (its separator, and a list it empties with its label: （责任单位：省发改委、各设区市） less 各设区市
/// is （责任单位：省发改委）, （责任单位：各设区市） less it nothing). None when no labelled list holds
/// `at`, or `name` is not one of its members (a part of a member's name).
pub fn strike_at(line: &str, at: &Range<usize>, name: &str) -> Option<LineEdits> {
    let holds = |l: &LabelledList| l.list.start <= at.start && at.end <= l.list.end;
    let block = unit_blocks(line).into_iter().find(|b| b.lists.iter().any(holds))?;
    let which = block.lists.iter().position(holds)?;
    let mut i = 0;
    let mut out = LineEdits::default();
    edit_block(
        line,
        &block,
        &mut |l| {
            i += 1;
            if i - 1 == which { usize::from(l.delete(name)) } else { 0 }
        },
        &mut out,
    );
    (out.lists > 0).then_some(out)
}

/// Whether a list's label names the role `role` names: 责任单位 and 责任部门 alike (the role is the
/// label's first two characters: 牵头, 责任, 配合, 参与, 协助).
pub fn same_role(label: &str, role: &str) -> bool {
    label.chars().take(2).eq(role.chars().take(2))
}

/// [`edit_labelled`] for the lists of one role only (责任单位: the others stay as they are).
pub fn edit_role(line: &str, role: &str, f: &mut dyn FnMut(&mut UnitList) -> usize) -> LineEdits {
    let mut out = LineEdits::default();
    for block in unit_blocks(line) {
        edit_block_of(line, &block, Some(role), f, &mut out);
    }
    out
}

fn edit_block(line: &str, block: &UnitBlock, f: &mut dyn FnMut(&mut UnitList) -> usize, out: &mut LineEdits) {
    edit_block_of(line, block, None, f, out)
}

fn edit_block_of(
    line: &str,
    block: &UnitBlock,
    role: Option<&str>,
    f: &mut dyn FnMut(&mut UnitList) -> usize,
    out: &mut LineEdits,
) {
    // each list: whether it changed, and its text after the operation
    let done: Vec<(bool, String)> = block
        .lists
        .iter()
        .map(|l| {
            if role.is_some_and(|r| !same_role(&l.name, r)) {
                return (false, line[l.list.clone()].to_string());
            }
            let mut list = UnitList::parse(&line[l.list.clone()]);
            let changed = f(&mut list) > 0;
            (changed, if changed { list.render() } else { line[l.list.clone()].to_string() })
        })
        .collect();
    let changed = done.iter().filter(|(c, _)| *c).count();
    if changed == 0 {
        return;
    }
    out.lists += changed;
    let lists = &block.lists;
    if done.iter().all(|(_, t)| t.is_empty()) {
        out.edits.push((block.range.clone(), String::new()));
    } else if !done.iter().any(|(c, t)| *c && t.is_empty()) {
        for (l, (c, t)) in lists.iter().zip(done) {
            if c {
                out.edits.push((l.list.clone(), t));
            }
        }
    } else {
        // some lists emptied, some not: the block's lists are written again without the emptied
        // ones, each survivor followed by the separator that followed it
        let survivors: Vec<usize> = (0..lists.len()).filter(|&i| !done[i].1.is_empty()).collect();
        let mut text = String::new();
        for (k, &i) in survivors.iter().enumerate() {
            text.push_str(&line[lists[i].start..lists[i].list.start]);
            text.push_str(&done[i].1);
            if k + 1 < survivors.len() {
                text.push_str(&line[lists[i].list.end..lists[i + 1].start]);
            } else {
                // (the role after the last, where it follows its list: 省财政厅牵头)
                text.push_str(&line[lists[i].list.end..lists[i].end]);
            }
        }
        let last = lists.last().expect("a block has a list");
        out.edits.push((lists[0].start..last.end, text));
    }
}

/// Whether `line` may hold one of `names` in a list: it contains the name, or the name without the
/// group prefix a list may write once for several members (省国税局 in 省财政厅、国税局). A line that
/// does not is left alone without reading its lists.
pub fn may_hold(line: &str, names: &[String]) -> bool {
    names.iter().any(|n| {
        let core = PREFIXES.iter().find_map(|p| n.strip_prefix(p)).unwrap_or(n);
        !core.is_empty() && line.contains(core)
    })
}

/// Applies `f` to every list of units of `line`: its labelled lists ([`edit_labelled`]), then the
/// lists of running text that hold one of `names` ([`running_lists`]) outside them. Occurrences of
/// `names` standing alone in running text are returned in `alone`, not edited.
pub fn edit_lists(line: &str, names: &[String], f: &mut dyn FnMut(&mut UnitList) -> usize) -> LineEdits {
    let blocks = unit_blocks(line);
    let mut out = LineEdits::default();
    for block in &blocks {
        edit_block(line, block, f, &mut out);
    }
    let outside = |r: &Range<usize>| !blocks.iter().any(|b| r.start < b.range.end && b.range.start < r.end);
    let (lists, alone) = running_lists(line, names);
    for r in lists.into_iter().filter(outside) {
        let mut list = UnitList::parse(&line[r.clone()]);
        if f(&mut list) > 0 {
            out.lists += 1;
            out.edits.push((r, list.render()));
        }
    }
    out.alone = alone.into_iter().filter(outside).collect();
    out.edits.sort_by_key(|(r, _)| r.start);
    out
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
    fn a_unit_named_by_the_prefix_and_one_character_gives_no_prefix_to_the_group() {
        // 省委 is a unit of its own, not 省 + 委: the members after it are not 省's
        let l = UnitList::parse("省委、财政厅");
        assert_eq!(
            l.members(),
            [("省委".to_string(), "省委".to_string()), ("财政厅".to_string(), "财政厅".to_string())]
        );
        assert!(!l.contains("省财政厅"));
        // three characters are: 省财政厅 is then one of 省工信厅、财政厅
        let l = UnitList::parse("省工信厅、财政厅");
        assert_eq!(l.members()[1], ("省财政厅".to_string(), "财政厅".to_string()));
    }

    #[test]
    fn a_department_without_its_prefix_stands_apart_where_every_group_has_one() {
        let l = UnitList::parse("省人社厅、教育厅");
        assert!(l.stands_apart("科技厅"));
        assert!(!l.stands_apart("省科技厅"), "with its prefix it joins the group");
        assert!(!l.stands_apart("教育厅"), "named already");
        for other in ["各设区市政府", "福州海关", "国家税务总局福建省税务局", "平潭综合实验区管委会", "厦门市商务局"]
        {
            assert!(!l.stands_apart(other), "{other} is no department without its prefix");
        }
        // a list with a group of no prefix has a place for it
        assert!(!UnitList::parse("省人社厅，教育厅").stands_apart("科技厅"));
        assert!(!UnitList::parse("").stands_apart("科技厅"));
        let mut l = UnitList::parse("省人社厅、教育厅");
        assert!(l.add("科技厅"));
        assert_eq!(l.render(), "省人社厅、教育厅，科技厅");
    }

    #[test]
    fn a_group_made_of_one_prefixed_unit_takes_its_prefix() {
        // 财政厅 merged into 省财政厅 is then a group of 省, which 省工信厅 joins as 工信厅
        let mut l = UnitList::parse("财政厅");
        assert_eq!(l.merge(&s(&["财政厅"]), "省财政厅"), 1);
        assert!(l.add("省工信厅"));
        assert_eq!(l.render(), "省财政厅、工信厅");
        // a group of two keeps its members as written
        let mut l = UnitList::parse("财政厅、审计厅");
        l.merge(&s(&["财政厅"]), "省财政厅");
        assert!(l.add("省工信厅"));
        assert_eq!(l.render(), "省财政厅、审计厅，省工信厅");
        // 省 by itself is no prefix of a unit
        let mut l = UnitList::parse("省工信厅、发改委");
        assert!(l.add("省"));
        assert_eq!(l.render(), "省工信厅、发改委，省");
    }

    #[test]
    fn parentheticals_side_by_side_are_two_lists_and_a_nested_one_is_its_outer_lists() {
        let line = "（三）推进改革。（牵头单位：省发改委）（配合单位：省财政厅）";
        let blocks = unit_blocks(line);
        let got: Vec<&str> = blocks.iter().map(|b| &line[b.range.clone()]).collect();
        assert_eq!(got, ["（牵头单位：省发改委）", "（配合单位：省财政厅）"]);
        let line = "（三）推进改革。（牵头单位：省发改委（配合单位：省财政厅））";
        assert_eq!(unit_blocks(line).len(), 1, "the outermost only");
    }

    #[test]
    fn labelled_lists_run_to_a_separator_that_a_label_follows_outside_parentheses() {
        let lists = |line: &str| -> Vec<(String, String)> {
            unit_blocks(line)
                .iter()
                .flat_map(|b| b.lists.iter().map(|l| (l.name.clone(), line[l.list.clone()].to_string())))
                .collect()
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        // blanks after the separator are the next label's
        assert_eq!(
            lists("（三）加快推进。（牵头单位：省国土资源厅；　责任单位：省农业厅、省财政厅）"),
            [pair("牵头单位", "省国土资源厅"), pair("责任单位", "省农业厅、省财政厅")]
        );
        // a label inside the list's parenthesis, or one after no separator, starts no list
        assert_eq!(
            lists("责任单位：省发改委（会同：省财政厅；配合单位：省人社厅）"),
            [pair("责任单位", "省发改委（会同：省财政厅；配合单位：省人社厅）")]
        );
        assert_eq!(lists("责任单位：省发改委牵头单位：省财政厅"), [pair("责任单位", "省发改委牵头单位：省财政厅")]);
    }

    #[test]
    fn written_names_each_member_as_the_list_writes_it() {
        // the first of a group with the group's prefix, the others as written (with 省 or without)
        let l = UnitList::parse("省国税局、地税局、省财政厅，各设区市人民政府；平潭综合实验区管委会");
        assert_eq!(l.written(), s(&["省国税局", "地税局", "省财政厅", "各设区市人民政府", "平潭综合实验区管委会"]));
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
    fn a_unit_renamed_to_one_the_list_names_stands_once_where_the_last_stood() {
        // 将…责任单位中的“地税局”“省国税局”修改为“省税务局”: two replacements, one after the other
        let mut l = UnitList::parse("省财政厅、地税局，省国税局");
        l.merge(&s(&["地税局"]), "省税务局");
        assert_eq!(l.render(), "省财政厅、税务局，省国税局");
        l.merge(&s(&["省国税局"]), "省税务局");
        assert_eq!(l.render(), "省财政厅，省税务局");
        // the one already there comes after the one renamed: the later one stays
        let mut l = UnitList::parse("省地税局、财政厅，省税务局，各设区市人民政府");
        l.merge(&s(&["地税局"]), "省税务局");
        assert_eq!(l.render(), "省财政厅，省税务局，各设区市人民政府");
        assert_eq!(UnitList::parse("省财政厅、税务局，省税务局").twice().as_deref(), Some("省税务局"));
        assert_eq!(UnitList::parse("省财政厅、税务局，各设区市人民政府").twice(), None);
    }

    #[test]
    fn members_that_write_their_own_prefix() {
        // 省农业厅、省财政厅: the group's 省 is the first member's, the others write their own
        let mut l = UnitList::parse("省农业厅、省财政厅、省物价局");
        assert!(l.contains("财政厅") && l.contains("省财政厅"));
        assert_eq!(l.members()[1], ("省财政厅".to_string(), "省财政厅".to_string()));
        assert!(l.delete("农业厅"));
        assert_eq!(l.render(), "省财政厅、省物价局", "the prefix is not written twice");
        assert!(l.delete("物价局"));
        assert_eq!(l.render(), "省财政厅");
        let mut l = UnitList::parse("省财政厅、省地税局、省国税局");
        assert_eq!(l.merge(&s(&["地税局", "国税局"]), "省税务局"), 2);
        assert_eq!(l.render(), "省财政厅、省税务局");
        let mut l = UnitList::parse("省商务厅、省质监局");
        l.merge(&s(&["工商局", "质监局"]), "市场监管局");
        assert_eq!(l.render(), "省商务厅、省市场监管局");
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

    /// The line after the edits.
    fn edited(line: &str, e: &LineEdits) -> String {
        let mut out = line.to_string();
        for (r, t) in e.edits.iter().rev() {
            out.replace_range(r.clone(), t);
        }
        out
    }

    fn delete(line: &str, units: &[&str]) -> String {
        let e = edit_labelled(line, &mut |l| units.iter().filter(|u| l.delete(u)).count());
        edited(line, &e)
    }

    fn lists(line: &str) -> Vec<Vec<(String, &str)>> {
        unit_blocks(line)
            .iter()
            .map(|b| b.lists.iter().map(|l| (l.name.clone(), &line[l.list.clone()])).collect())
            .collect()
    }

    #[test]
    fn blocks_of_units_lines_and_parentheticals() {
        assert_eq!(
            lists("责任单位：省工信厅、财政厅，各设区市人民政府"),
            [[("责任单位".into(), "省工信厅、财政厅，各设区市人民政府")]]
        );
        assert_eq!(lists("牵头部门： 省商务厅。"), [[("牵头部门".into(), "省商务厅")]]);
        assert_eq!(
            lists("(牵头单位:省发展改革委;配合单位:各市、县（区）人民政府，平潭综合实验区管委会)"),
            [[
                ("牵头单位".into(), "省发展改革委"),
                ("配合单位".into(), "各市、县（区）人民政府，平潭综合实验区管委会")
            ]]
        );
        // anywhere in a line, several, and only parentheticals that open with a label
        let line = "（一）加强监管（2021年底前完成）（责任单位：省市场监管局），完善机制（牵头单位：省商务厅，责任单位：省财政厅）。";
        assert_eq!(
            lists(line),
            [
                vec![("责任单位".into(), "省市场监管局")],
                vec![("牵头单位".into(), "省商务厅"), ("责任单位".into(), "省财政厅")]
            ]
        );
        assert!(unit_blocks("（一）由省财政厅、发展改革委负责（详见附件）").is_empty());
        assert!(unit_blocks("（责任单位：省财政厅").is_empty(), "an unclosed parenthetical is no list");
    }

    /// Lists whose role follows them, in a parenthetical after a sentence (（省发展改革委牵头，省财政厅、
    /// 商务厅等配合）, （各设区市人民政府负责）), as many provinces write them: each part is the list of the
    /// label its role stands for; a part without a role is a group of the next. A parenthetical that
    /// is not all bodies and roles, or that stands inside a sentence, is text. (Written for the test.)
    #[test]
    fn lists_whose_role_follows_them() {
        assert_eq!(
            lists("1.建设平台。（省发展改革委牵头，省财政厅、商务厅等配合）"),
            [[("牵头单位".into(), "省发展改革委"), ("配合单位".into(), "省财政厅、商务厅")]]
        );
        assert_eq!(lists("（各设区市人民政府负责）"), [[("责任单位".into(), "各设区市人民政府")]]);
        assert_eq!(
            lists("加强监管。（省财政厅、地税局，省国税局按职责分工负责）"),
            [[("责任单位".into(), "省财政厅、地税局，省国税局")]]
        );
        assert_eq!(lists("加强监管。（省商务厅牵头负责）"), [[("牵头单位".into(), "省商务厅")]]);
        // one body over two members; blanks after a separator; a role inside a nested parenthetical is
        // that parenthetical's words (found by cargo-mutants)
        assert_eq!(
            lists("加强监管。（各市、县（区）人民政府负责）"),
            [[("责任单位".into(), "各市、县（区）人民政府")]]
        );
        assert_eq!(
            lists("加强监管。（省经信委牵头， 省发改委配合）"),
            [[("牵头单位".into(), "省经信委"), ("配合单位".into(), "省发改委")]]
        );
        assert_eq!(
            lists("加强监管。（省工信厅（省大数据局配合，下同）牵头）"),
            [[("牵头单位".into(), "省工信厅（省大数据局配合，下同）")]]
        );
        // a member of twenty characters is a name, of more or with a sentence's mark none
        let long = "福建省人民政府发展研究中心福建省大数据中心";
        assert_eq!(long.chars().count(), 20 + 1);
        let line = "加强监管。（省财政厅、福建省人民政府发展研究中心福建省信息中心负责）";
        assert_eq!(lists(line), [[("责任单位".into(), "省财政厅、福建省人民政府发展研究中心福建省信息中心")]]);
        assert!(unit_blocks(&format!("加强监管。（省财政厅、{long}负责）")).is_empty());
        assert!(unit_blocks("加强监管。（省政府：省财政厅负责）").is_empty());
        for text in [
            "加强监管（省财政厅负责）。",
            "加强监管。（具体办法另行制定，省财政厅负责解释）",
            "加强监管。（由省财政厅负责）",
            "加强监管。（各地负责）",
            "加强监管。（省财政厅牵头，配合）",
        ] {
            assert!(unit_blocks(text).is_empty(), "{text}");
        }
        // an emptied list goes with its role and one separator; the last, with the parenthetical
        let line = "建设平台。（省经信委牵头，省发改委、财政厅配合）";
        assert_eq!(delete(line, &["财政厅"]), "建设平台。（省经信委牵头，省发改委配合）");
        assert_eq!(delete(line, &["发改委", "财政厅"]), "建设平台。（省经信委牵头）");
        assert_eq!(delete(line, &["经信委"]), "建设平台。（省发改委、财政厅配合）");
        assert_eq!(delete(line, &["经信委", "发改委", "财政厅"]), "建设平台。");
    }

    /// Lines of many parentheses cost their length: every （ that looked for its ）to the end of the
    /// line would take minutes here.
    #[test]
    fn many_unclosed_parentheses_and_many_lists() {
        let line = "（责任单位：省财政厅、".repeat(200_000);
        assert!(unit_blocks(&line).is_empty());
        let line = format!("（{}责任单位：省财政厅）", "责任单位：省财政厅；".repeat(20_000));
        let blocks = unit_blocks(&line);
        assert_eq!(blocks[0].lists.len(), 20_001);
        assert_eq!(delete(&line, &["财政厅"]), "");
    }

    #[test]
    fn emptied_lists_and_blocks() {
        let p = "（三）加快推进。（牵头单位：省国土资源厅；责任单位：省农业厅、省财政厅；配合单位：各设区市人民政府）";
        // the first, a middle or the last list emptied: the separator after it, or before the last
        assert_eq!(
            delete(p, &["国土资源厅"]),
            "（三）加快推进。（责任单位：省农业厅、省财政厅；配合单位：各设区市人民政府）"
        );
        assert_eq!(
            delete(p, &["农业厅", "省财政厅"]),
            "（三）加快推进。（牵头单位：省国土资源厅；配合单位：各设区市人民政府）"
        );
        assert_eq!(
            delete(p, &["各设区市人民政府"]),
            "（三）加快推进。（牵头单位：省国土资源厅；责任单位：省农业厅、省财政厅）"
        );
        assert_eq!(
            delete(p, &["农业厅", "省财政厅", "各设区市人民政府"]),
            "（三）加快推进。（牵头单位：省国土资源厅）"
        );
        // every list emptied: the parenthetical goes, the marks around it stay
        assert_eq!(delete("（四）加强监管（责任单位：省物价局）。", &["物价局"]), "（四）加强监管。");
        // a units line emptied: nothing left (the engine removes the line)
        assert_eq!(delete("责任单位：省物价局。", &["物价局"]), "");
        assert_eq!(delete("（责任单位：省物价局）", &["物价局"]), "");
        // the group prefix moves to the next member
        assert_eq!(delete("牵头单位：省发展改革委、财政厅", &["省发展改革委"]), "牵头单位：省财政厅");
        // a unit in no list: no edit
        let e = edit_labelled(p, &mut |l| usize::from(l.delete("商务厅")));
        assert_eq!(e, LineEdits::default());
    }

    #[test]
    fn running_text_lists_outside_labelled_ones() {
        let line = "由省国税局、地税局会同有关部门落实（责任单位：省国税局、地税局）";
        let e =
            edit_lists(line, &s(&["地税局", "国税局"]), &mut |l| l.merge(&s(&["地税局", "国税局"]), "省税务局"));
        assert_eq!(e.lists, 2);
        assert_eq!(edited(line, &e), "由省税务局会同有关部门落实（责任单位：省税务局）");
        // a lone occurrence inside a parenthetical list is the list's, not running text's
        let line = "（责任单位：省物价局）由物价局负责";
        let e = edit_lists(line, &s(&["物价局"]), &mut |l| usize::from(l.delete("物价局")));
        assert_eq!(e.alone, vec![std::ops::Range { start: 36, end: 45 }]);
        assert_eq!(edited(line, &e), "由物价局负责");
    }

    /// A list in running text right before or right after a parenthetical of labelled lists is a
    /// list of its own (ranges that touch do not overlap); a running list that does not hold the
    /// unit the edit acts on is neither rewritten nor counted.
    #[test]
    fn running_lists_beside_a_parenthetical_and_lists_left_alone() {
        let del = |line: &str, unit: &str| {
            let e = edit_lists(line, &s(&[unit]), &mut |l| usize::from(l.delete(unit)));
            (edited(line, &e), e.lists)
        };
        let after = "（责任单位：省物价局）省财政厅、发改委负责。";
        assert_eq!(del(after, "发改委"), ("（责任单位：省物价局）省财政厅负责。".to_string(), 1));
        let before = "省财政厅、发改委（责任单位：省物价局）负责。";
        assert_eq!(del(before, "发改委"), ("省财政厅（责任单位：省物价局）负责。".to_string(), 1));
        // a list the edit leaves as it was (the unit not among its members) is neither rewritten nor counted
        let line = "请省发改委、财政厅、人社厅负责。";
        let e = edit_lists(line, &s(&["财政厅"]), &mut |l| usize::from(l.delete("教育厅")));
        assert_eq!((e.lists, e.edits.len()), (0, 0));
        let e = edit_lists(line, &s(&["财政厅"]), &mut |l| usize::from(l.delete("财政厅")));
        assert_eq!((edited(line, &e).as_str(), e.lists), ("请省发改委、人社厅负责。", 1));
    }

    #[test]
    fn running_text_lists() {
        let t = "加强融资租赁行业的税务辅导与支持，省国税局、地税局梳理融资租赁公司税收政策";
        let (lists, alone) = running_lists(t, &s(&["地税局", "国税局"]));
        assert_eq!(lists.len(), 1);
        assert_eq!(&t[lists[0].clone()], "省国税局、地税局");
        assert!(alone.is_empty());
        // a list of three, named at either end: the whole list, to the other end
        let t = "（省发改委、财政厅、人社厅）";
        for name in ["人社厅", "省发改委"] {
            let (lists, alone) = running_lists(t, &s(&[name]));
            let found: Vec<&str> = lists.iter().map(|r| &t[r.clone()]).collect();
            assert_eq!((found, alone.len()), (vec!["省发改委、财政厅、人社厅"], 0), "{name}");
        }
        // two names glued together (国税局地税局): each stands alone, neither a list
        let (lists, alone) = running_lists("由国税局地税局负责", &s(&["国税局", "地税局"]));
        assert_eq!((lists.len(), alone.len()), (0, 2));
        let (lists, alone) = running_lists("由物价局负责", &s(&["物价局"]));
        assert!(lists.is_empty());
        assert_eq!(alone.len(), 1);
        // a name written with 省 before it stands with its 省 (省物价局 for 物价局), alone or first in a
        // list (a mutation run found the 省 counted off the end: 省物)
        let t = "由省物价局负责，配合单位：省发改委、财政厅。";
        let (lists, alone) = running_lists(t, &s(&["物价局", "发改委"]));
        let found = |r: &Vec<std::ops::Range<usize>>| r.iter().map(|r| &t[r.clone()]).collect::<Vec<_>>();
        assert_eq!((found(&lists), found(&alone)), (vec!["省发改委、财政厅"], vec!["省物价局"]));
    }
}
