//! Inserting units: articles (after a unit, inside a division, or where their final number says),
//! 款 and 项 (at the place their final number says inside their article or 款), and divisions
//! (章/节/编) with the articles they hold.

use super::super::exec::{Engine, OpResult, Pending};
use super::super::model::*;
use super::super::nodes;
use super::super::tree::NodeId;
use crate::document::{Kind, LineKind, classify};
use crate::notice::{Instruction, Operation, Position, UnitKind};
use crate::text::numerals;

/// The articles of an inserted text: each label line (第三条　…) opens one, whose number it says.
/// Without labels, one article of all the lines, or one a line when as many articles as lines.
pub(in crate::apply) fn article_groups(
    paragraphs: &[String],
    count: u32,
    numbers: &[u32],
) -> Result<Vec<(u32, Vec<String>)>, String> {
    // a 之N label where a main article is declared (作为第四条：“第二条之一　…”) is not its label
    if let Some(c) = paragraphs.first().map(|p| classify(p))
        && c.kind == LineKind::Article
        && let (Some(n), Some(sub)) = (c.number, c.sub_number)
        && !c.text.is_empty()
    {
        let declared =
            if numbers.is_empty() { "an article".to_string() } else { format!("第{}", list(numbers, "条")) };
        return Err(format!("the decision makes {declared} but its text gives {}", article_name(n, Some(sub))));
    }
    if let Some(groups) = by_labels(paragraphs, |p| article_label(p).map(|(n, text)| (n, None, text.to_string()))) {
        let groups: Vec<(u32, Vec<String>)> = groups.into_iter().map(|(n, _, lines)| (n, lines)).collect();
        if !numbers.is_empty() {
            let given: Vec<u32> = groups.iter().map(|g| g.0).collect();
            if given != numbers {
                return Err(format!(
                    "the decision makes 第{} but its text gives 第{}",
                    list(numbers, "条"),
                    list(&given, "条")
                ));
            }
        }
        return Ok(groups);
    }
    let first = numbers.first().copied().unwrap_or(1);
    if count <= 1 {
        Ok(vec![(first, paragraphs.to_vec())])
    } else if count as usize == paragraphs.len() {
        Ok(paragraphs
            .iter()
            .enumerate()
            .map(|(i, p)| (numbers.get(i).copied().unwrap_or(first + i as u32), vec![p.clone()]))
            .collect())
    } else {
        Err(format!(
            "增加{count}条 with {} paragraphs and no 第X条 labels: which paragraph belongs to which article?",
            paragraphs.len()
        ))
    }
}

/// New articles, each with its number, its 之N and its lines.
type ArticleGroups = Vec<(u32, Option<u32>, Vec<String>)>;

/// The articles of a text whose first line is labelled (`label` reads a label line: its number, its
/// 之N and the text after it): one a label line, with the lines after it. `None` when the first line
/// is not labelled.
fn by_labels(
    paragraphs: &[String],
    label: impl Fn(&str) -> Option<(u32, Option<u32>, String)>,
) -> Option<ArticleGroups> {
    label(paragraphs.first()?)?;
    let mut groups: ArticleGroups = Vec::new();
    for p in paragraphs {
        match label(p) {
            Some((n, sub, text)) => groups.push((n, sub, vec![text])),
            None => groups.last_mut().expect("the first line is labelled").2.push(p.clone()),
        }
    }
    Some(groups)
}

/// The articles 作为第三条之一、第三条之二 makes, numbered from the first 之N the decision declares: one
/// a 之N label when the text has them (第三条之一　…, the label not written twice), else one of all the
/// lines, or one a line when as many articles as lines.
fn zhi_groups(paragraphs: &[String], count: u32, numbers: &[u32], first_sub: u32) -> Result<ArticleGroups, String> {
    // (any article's label: one of another article, 第三条, is refused below as not the one declared)
    let label = |p: &str| {
        let c = classify(p);
        (c.kind == LineKind::Article && !c.text.is_empty())
            .then(|| (c.number.expect("an article label has a number"), c.sub_number, c.text.to_string()))
    };
    let declared: Vec<String> = numbers.iter().zip(0..).map(|(&n, k)| article_name(n, Some(first_sub + k))).collect();
    if let Some(groups) = by_labels(paragraphs, label) {
        let given: Vec<String> = groups.iter().map(|&(n, sub, _)| article_name(n, sub)).collect();
        if given != declared {
            return Err(format!("the decision makes {} but its text gives {}", declared.join("、"), given.join("、")));
        }
        return Ok(groups);
    }
    let same = numbers.windows(2).all(|w| w[0] == w[1]);
    match numbers {
        // (one number declares one article: 增加两条 declares two)
        [n] => Ok(vec![(*n, Some(first_sub), paragraphs.to_vec())]),
        [n, ..] if same && numbers.len() == count as usize && paragraphs.len() == count as usize => {
            Ok(paragraphs.iter().zip(0..).map(|(p, k)| (*n, Some(first_sub + k), vec![p.clone()])).collect())
        }
        _ => Err(format!(
            "the decision makes {} with {} paragraph(s) and no 第X条之N labels: which paragraph belongs to which article?",
            declared.join("、"),
            paragraphs.len()
        )),
    }
}

/// 第三条之一
fn article_name(n: u32, sub: Option<u32>) -> String {
    let sub = sub.map(|s| format!("之{}", numerals::format(s))).unwrap_or_default();
    format!("第{}条{sub}", numerals::format(n))
}

/// 第三条　text → (3, text). Only a main article (not 之一), and only when text follows the label.
pub(in crate::apply) fn article_label(line: &str) -> Option<(u32, &str)> {
    let c = classify(line);
    (c.kind == LineKind::Article && c.sub_number.is_none() && !c.text.is_empty())
        .then(|| (c.number.expect("an article label has a number"), c.text))
}

pub(in crate::apply) fn list(numbers: &[u32], unit: &str) -> String {
    numbers.iter().map(|n| format!("{}{unit}", numerals::format(*n))).collect::<Vec<_>>().join("、第")
}

impl Engine<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(in crate::apply) fn insert_node(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        kind: UnitKind,
        count: u32,
        numbers: &[u32],
        sub: Option<u32>,
        position: Position,
        paragraphs: &[String],
        heading: Option<&str>,
        holds: &[u32],
    ) -> OpResult {
        let name = op.op.name();
        match kind {
            UnitKind::NaturalParagraph => {
                self.insert_loose(ins, op, targets.first().copied(), count, numbers, position, paragraphs)
            }
            UnitKind::Article if !paragraphs.is_empty() => {
                self.insert_articles(ins, op, targets, count, numbers, sub, position, paragraphs)
            }
            UnitKind::Paragraph | UnitKind::Item | UnitKind::SubItem | UnitKind::SubSubItem => {
                if paragraphs.is_empty() {
                    // 在第X条中增加一款作为第二款，将该条修改为：… — the text comes with the replacement
                    if let (UnitKind::Paragraph, Some(&t)) = (kind, targets.first()) {
                        let article = self.article_of(t);
                        let n = *numbers.iter().max().unwrap_or(&1);
                        self.min_paragraphs.push((article, n, ins.id.clone(), op.pos));
                        return Ok(OpReport {
                            op: name, summary: "增加一款（文字见修改后的条文）".into(), count: 0
                        });
                    }
                    return Err(self.err(ins, op, ErrorKind::Unsupported, None, "增加… without the new text".into()));
                }
                self.insert_lines(ins, op, targets, kind, count, numbers, position, paragraphs)
            }
            // a division with its text, after or before a unit: the heading and its articles there
            UnitKind::Chapter | UnitKind::Section | UnitKind::Part | UnitKind::Point
                if !paragraphs.is_empty() && matches!(position, Position::After | Position::Before) =>
            {
                // its name given apart (增加一章，作为第三章，章名为“监督检查”：“第六条 …”): its heading line
                // first, in the document's style
                let knode = super::reshape::node_kind(kind);
                // (named apart and in the text too: the two must agree)
                if let Some(h) = heading
                    && is_division_line(&paragraphs[0])
                    && crate::text::without_blanks(classify(&paragraphs[0]).text) != crate::text::without_blanks(h)
                {
                    let message = format!(
                        "the decision names the new {} “{h}” and its text heads it “{}”",
                        kind.chinese(),
                        paragraphs[0]
                    );
                    return Err(self.err(ins, op, ErrorKind::HeadingMismatch, None, message));
                }
                let named;
                let paragraphs = match heading {
                    Some(h) if knode.is_division() && !is_division_line(&paragraphs[0]) => {
                        let number = numbers.first().copied().unwrap_or(1);
                        let line = nodes::new_division(&self.tree, knode, number, h);
                        named = [vec![line.line()], paragraphs.to_vec()].concat();
                        &named[..]
                    }
                    _ => paragraphs,
                };
                // 增加一章 whose text is articles alone, named nowhere: no chapter to add (its articles
                // were added without one)
                if knode.is_division() && !is_division_line(&paragraphs[0]) {
                    let unit = kind.chinese();
                    let message = format!(
                        "增加一{unit}: its text begins with no heading line (第X{unit}　…) and the decision gives no \
                         name ({unit}名为“…”), so there is no {unit} to add"
                    );
                    return Err(self.err(ins, op, ErrorKind::Unsupported, None, message));
                }
                self.insert_built(ins, op, targets, kind, numbers, position, paragraphs)
            }
            UnitKind::Chapter | UnitKind::Section | UnitKind::Part if count > 1 => {
                self.insert_divisions(ins, op, kind, count, numbers, paragraphs, holds)
            }
            UnitKind::Chapter | UnitKind::Section | UnitKind::Part => {
                self.insert_division(ins, op, kind, numbers, paragraphs, heading, holds)
            }
            _ => Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!("增加一{}: the decision gives no text for it", kind.chinese()),
            )),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn insert_articles(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        count: u32,
        numbers: &[u32],
        sub: Option<u32>,
        position: Position,
        paragraphs: &[String],
    ) -> OpResult {
        // 在第五条后增加一条：“第五条之一　…” (no number declared): the 之N label the text gives is
        // the number, as 作为第五条之一 would declare it
        let owned: Vec<u32>;
        let (numbers, sub) = match paragraphs.first().map(|p| classify(p)) {
            Some(c) if sub.is_none() && numbers.is_empty() && c.kind == LineKind::Article && c.sub_number.is_some() => {
                owned = vec![c.number.expect("an article label has a number"); count.max(1) as usize];
                (&owned[..], c.sub_number)
            }
            _ => (numbers, sub),
        };
        // 作为第一百三十三条之一：“第一百三十三条之一　…”: the label is not written twice
        let (groups, declares) = match sub {
            Some(s) => {
                let groups = zhi_groups(paragraphs, count, numbers, s)
                    .map_err(|m| self.err(ins, op, ErrorKind::NumberMismatch, None, m))?;
                (groups, true)
            }
            None => {
                // 在第二条后增加两条：“…”“…” (no number, no label): numbered from the place for now;
                // their numbers are what renumbering gives them, and nothing is declared
                let labelled = paragraphs.first().is_some_and(|p| article_label(p).is_some());
                let declares = !numbers.is_empty() || labelled;
                let provisional: Vec<u32>;
                let numbers = if declares {
                    numbers
                } else {
                    let first = self.first_number_at(targets.first().copied(), position).ok_or_else(|| {
                        self.err(
                            ins,
                            op,
                            ErrorKind::NumberMismatch,
                            None,
                            format!(
                                "增加{count}条 with neither a number (作为第X条) nor a place (在第X条后): where does it go?"
                            ),
                        )
                    })?;
                    provisional = (0..count.max(1)).map(|i| first + i).collect();
                    &provisional[..]
                };
                let groups = article_groups(paragraphs, count, numbers)
                    .map_err(|m| self.err(ins, op, ErrorKind::NumberMismatch, None, m))?;
                (groups.into_iter().map(|(n, lines)| (n, None, lines)).collect(), declares)
            }
        };
        let like = nodes::articles(&self.tree).first().copied();
        let mut previous: Option<NodeId> = None;
        for (num, sub, lines) in &groups {
            let (num, sub) = (*num, *sub);
            let id = nodes::add_unplaced_article(&mut self.tree, like, num, sub);
            let para_trail = self.tree.para_trail.clone();
            nodes::add_paragraphs(&mut self.tree, id, 0, lines, &para_trail);
            if declares {
                self.tree.node_mut(id).declared = Some((UnitKind::Article, num, ins.id.clone(), op.pos));
            } else {
                self.unnumbered.push((id, ins.id.clone(), op.pos));
            }
            match (position, targets.first(), previous) {
                // the articles of one instruction stay together, in its order
                (Position::After | Position::Before, _, Some(p)) => {
                    let (parent, idx) = nodes::position(&self.tree, p);
                    self.tree.move_to(id, parent, idx + 1);
                }
                (Position::After | Position::Before, Some(&l), None) if self.tree.node(l).kind == Kind::Article => {
                    let at = nodes::insertion_index(&self.tree, l, position == Position::After);
                    let parent = self.tree.node(l).parent.expect("an article has a parent");
                    self.tree.move_to(id, parent, at);
                }
                (Position::After | Position::Before, Some(&l), None)
                    if matches!(self.tree.node(l).kind, Kind::Chapter | Kind::Section | Kind::Part) =>
                {
                    // 在第二章后增加一条: after the last article of that chapter, before 在第三章前: before its first
                    let (parent, at) = if position == Position::After {
                        (l, self.tree.node(l).children.len())
                    } else {
                        let first =
                            self.tree.children(l).into_iter().find(|&c| self.tree.node(c).kind == Kind::Article);
                        match first {
                            Some(f) => nodes::position(&self.tree, f),
                            None => (l, self.tree.node(l).children.len()),
                        }
                    };
                    self.tree.move_to(id, parent, at);
                }
                (Position::Within, Some(&l), _)
                    if matches!(self.tree.node(l).kind, Kind::Chapter | Kind::Section | Kind::Part) =>
                {
                    // 在第二章中增加一条: at the end of that chapter; 在第一章中增加一条，作为第三条, where
                    // the chapter holds a 第三条: in its place, before it, as the number says (the
                    // articles of one instruction stay together)
                    let (parent, at) = match previous {
                        Some(p) => {
                            let (parent, idx) = nodes::position(&self.tree, p);
                            (parent, idx + 1)
                        }
                        None => {
                            let numbered = self.tree.subtree(l).into_iter().find(|&a| {
                                a != id
                                    && !self.tree.is_gone(a)
                                    && self.tree.node(a).kind == Kind::Article
                                    && self.tree.node(a).number == Some(num)
                            });
                            // (a number not given is the one after the chapter's last: no article has it)
                            match numbered {
                                Some(a) => nodes::position(&self.tree, a),
                                None => (l, self.tree.node(l).children.len()),
                            }
                        }
                    };
                    self.tree.move_to(id, parent, at);
                }
                _ if let Some(n) = sub => {
                    // 作为第X条之N: right after article X and its 之N before this one
                    match nodes::zhi_anchor(&self.tree, id, num, n) {
                        Some(a) => {
                            let (parent, idx) = nodes::position(&self.tree, a);
                            self.tree.move_to(id, parent, idx + 1);
                        }
                        None => self.deferred.push((id, num, None)),
                    }
                }
                _ => self.deferred.push((id, num, None)),
            }
            // (one waiting for its number is fitted where it is placed)
            if self.deferred.last().is_none_or(|d| d.0 != id) {
                self.tree.fit_breaks(id);
            }
            previous = Some(id);
            let after = self.subtree_text(id);
            self.changes.push(self.change(ins, op, id, String::new(), after));
        }
        let given: Vec<String> = groups.iter().map(|&(n, sub, _)| article_name(n, sub)).collect();
        Ok(OpReport { op: op.op.name(), summary: format!("增加{}", given.join("、")), count: groups.len() })
    }

    /// The number an article put at a place (在第二条后, 在第二章中) has before renumbering: after the
    /// article named, or after the last article of the division named (or, before, that of the one
    /// named or the division's first). None where the place is no article or division.
    fn first_number_at(&self, target: Option<NodeId>, position: Position) -> Option<u32> {
        let t = target?;
        let node = self.tree.node(t);
        let articles = || self.tree.subtree(t).into_iter().filter(|&a| self.tree.node(a).kind == Kind::Article);
        match (position, node.kind) {
            (Position::After, Kind::Article) => node.number.map(|n| n + 1),
            (Position::Before, Kind::Article) => node.number,
            (Position::After | Position::Within, Kind::Part | Kind::Chapter | Kind::Section) => {
                Some(articles().filter_map(|a| self.tree.node(a).number).max().unwrap_or(0) + 1)
            }
            (Position::Before, Kind::Part | Kind::Chapter | Kind::Section) => {
                articles().find_map(|a| self.tree.node(a).number)
            }
            _ => None,
        }
    }

    /// Where new 款 or 项 go: the article or 款 that holds them (an item named inside an article goes
    /// into the 款 that has the article's items), or beside the unit named.
    fn line_parent(
        &self,
        ins: &Instruction,
        op: &Operation,
        t: NodeId,
        kind: UnitKind,
        position: Position,
    ) -> Result<(Kind, NodeId, Option<usize>), ApplyError> {
        let tkind = self.tree.node(t).kind;
        let unsupported = || {
            let (holder, example) = match kind {
                UnitKind::Paragraph => ("an article", "第三条增加一款, 在第三条第一款后增加一款"),
                UnitKind::Item => ("an article or a 款", "第三条第一款增加一项, 在第三条第一款第二项后增加一项"),
                _ => ("an item", "第三条第一款第二项增加一目, 在第2目后增加一目"),
            };
            let place = match position {
                Position::Before => "before",
                Position::After => "after",
                _ => "in",
            };
            self.err_at(
                ins,
                op,
                ErrorKind::Unsupported,
                t,
                format!(
                    "增加一{} {place} {}: a {} goes in {holder} or beside another of its kind ({example})",
                    kind.chinese(),
                    self.tree.node(t).path(),
                    kind.chinese()
                ),
            )
        };
        // 在第八条后增加一款: a 款 cannot stand between articles, so after the article that holds it
        // is at its end (likewise an item after its 款, a 目 after its item); before one is no place
        // of its own (the first 款 of this article, or the last of the one before?) and is refused
        let holds = matches!(
            (kind, tkind),
            (UnitKind::Paragraph, Kind::Article)
                | (UnitKind::Item, Kind::Article | Kind::Paragraph | Kind::Point)
                | (UnitKind::SubItem, Kind::Item)
                | (UnitKind::SubSubItem, Kind::SubItem)
        );
        let position = if holds && position == Position::After { Position::Within } else { position };
        Ok(match (kind, position, tkind) {
            (UnitKind::Paragraph, Position::Within | Position::AtNumber, Kind::Article) => (Kind::Paragraph, t, None),
            (UnitKind::Item, Position::Within | Position::AtNumber, Kind::Paragraph | Kind::Point) => {
                (Kind::Item, t, None)
            }
            (UnitKind::SubItem, Position::Within | Position::AtNumber, Kind::Item) => (Kind::SubItem, t, None),
            (UnitKind::SubSubItem, Position::Within | Position::AtNumber, Kind::SubItem) => (Kind::SubSubItem, t, None),
            (UnitKind::Item, Position::Within | Position::AtNumber, Kind::Article) => {
                // the 款 that has the items (增加一项，作为第三项 in an article with one list)
                let paras: Vec<NodeId> = nodes::children_of(&self.tree, t, Kind::Paragraph);
                let with_items: Vec<NodeId> = paras
                    .iter()
                    .copied()
                    .filter(|&p| !nodes::children_of(&self.tree, p, Kind::Item).is_empty())
                    .collect();
                match (with_items.as_slice(), paras.first()) {
                    ([one], _) => (Kind::Item, *one, None),
                    ([], Some(&first)) => (Kind::Item, first, None),
                    ([], None) => return Err(unsupported()),
                    (several, _) => {
                        return Err(self.err_at(
                            ins,
                            op,
                            ErrorKind::AmbiguousLocator,
                            t,
                            format!(
                                "{} has items in {} 款: say which (第X款增加一项)",
                                self.tree.node(t).path(),
                                several.len()
                            ),
                        ));
                    }
                }
            }
            // 在附件1第3项后增加一项 where 附件1 numbers its lines 1. 2. 3. and has no items (第3项
            // was read as its line 3.): a line of that numbering
            (UnitKind::Item, Position::After | Position::Before, Kind::SubItem)
                if self.tree.node(t).parent.is_some_and(|p| {
                    !matches!(self.tree.node(p).kind, Kind::Item)
                        && nodes::children_of(&self.tree, p, Kind::Item).is_empty()
                }) =>
            {
                let parent = self.tree.node(t).parent.expect("checked");
                (Kind::SubItem, parent, Some(nodes::insertion_index(&self.tree, t, position == Position::After)))
            }
            (UnitKind::Paragraph, Position::After | Position::Before, Kind::Paragraph | Kind::Text)
            | (UnitKind::Item, Position::After | Position::Before, Kind::Item)
            | (UnitKind::SubItem, Position::After | Position::Before, Kind::SubItem)
            | (UnitKind::SubSubItem, Position::After | Position::Before, Kind::SubSubItem) => {
                let parent = self.tree.node(t).parent.expect("not the root");
                (tkind, parent, Some(nodes::insertion_index(&self.tree, t, position == Position::After)))
            }
            _ => return Err(unsupported()),
        })
    }

    /// The items counted before the list under `parent` where a policy document's items run on
    /// through its points (（五） is the first item of 二、 after four in 一、): the place of the
    /// list's first item in its scope, less one. None in a law, or where items restart in each point.
    fn items_before_list(&self, parent: NodeId, kind: Kind) -> u32 {
        let Some(&first) = nodes::children_of(&self.tree, parent, kind).first() else { return 0 };
        crate::apply::renumber::position_number(&self.tree, first).map_or(0, |p| p - 1)
    }

    /// Inserts 款 or 项: each at the place its final number says among its kind in the parent, in
    /// the order of their numbers (增加三项，作为第六项、第七项、第十项); the items of a new 款 go
    /// under it.
    #[allow(clippy::too_many_arguments)]
    fn insert_lines(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        kind: UnitKind,
        count: u32,
        numbers: &[u32],
        position: Position,
        paragraphs: &[String],
    ) -> OpResult {
        let mut t = targets.first().copied().ok_or_else(|| {
            self.err(ins, op, ErrorKind::NoSuchNode, None, format!("增加一{}: in which unit?", kind.chinese()))
        })?;
        let mut position = position;
        // 增加一项，作为第（五）项 with no place, in a policy text whose items run on through its
        // points: the one item numbered before it (（四）) says where
        if t == self.tree.root
            && kind == UnitKind::Item
            && let [n] = numbers[..]
            && n > 1
            && !self.tree.items_restart
            && self.tree.family != crate::document::Family::Law
        {
            let numbered = |k: u32| -> Vec<NodeId> {
                self.tree
                    .all(Kind::Item)
                    .into_iter()
                    .filter(|&i| !self.tree.is_gone(i) && self.tree.node(i).number == Some(k))
                    .collect()
            };
            if let [one] = numbered(n - 1)[..] {
                // between the last item of one point and the first of the next it could be either's
                if let [next] = numbered(n)[..]
                    && self.tree.node(next).parent != self.tree.node(one).parent
                {
                    let (a, b) = (self.tree.node(one).path(), self.tree.node(next).path());
                    let message = format!(
                        "增加一项，作为第（{}）项 with no place: it falls between {a} and {b}, which are in two \
                         points; name the place (在第…项后增加一项, 在第…部分增加一项)",
                        numerals::format(n)
                    );
                    return Err(self.err(ins, op, ErrorKind::AmbiguousLocator, None, message));
                }
                t = one;
                position = Position::After;
            }
        }
        let (kind_node, parent, beside) = self.line_parent(ins, op, t, kind, position)?;
        // the units: a 款 and the items that follow it in the text, or an item line each
        let mut units: Vec<Vec<String>> = Vec::new();
        for p in paragraphs {
            let is_item = classify(p).kind == LineKind::Item;
            match units.last_mut() {
                Some(u) if kind_node == Kind::Paragraph && is_item => u.push(p.clone()),
                Some(u) if kind_node == Kind::Item && !is_item => u.push(p.clone()),
                _ => units.push(vec![p.clone()]),
            }
        }
        // with no number: beside the unit named, or (第三条增加一款：“…”) after the last of its kind
        let first_number = numbers.first().copied().unwrap_or_else(|| {
            let kids = &self.tree.node(parent).children;
            let before = &kids[..beside.unwrap_or(kids.len()).min(kids.len())];
            let live = |&&c: &&NodeId| self.tree.node(c).kind == kind_node && !self.tree.node(c).deleted;
            before.iter().filter(live).count() as u32 + 1 + self.items_before_list(parent, kind_node)
        });
        // an item or 目 given with its label (“（五）…”) and no number: the number its label says
        let labelled = |k: usize| {
            let c = classify(&units[k][0]);
            let own = matches!(
                (kind_node, c.kind),
                (Kind::Item, LineKind::Item)
                    | (Kind::SubItem, LineKind::SubItem)
                    | (Kind::SubSubItem, LineKind::SubSubItem)
            );
            own.then_some(c.number).flatten()
        };
        let nums: Vec<u32> = (0..units.len())
            .map(|k| numbers.get(k).copied().or_else(|| labelled(k)).unwrap_or(first_number + k as u32))
            .collect();
        // 作为第四项：“（五）…”: the clause and its text disagree, and which number is meant is not
        // said (as 作为第四条：“第五条…” is refused)
        if let Some(k) =
            (0..units.len()).find(|&k| numbers.get(k).is_some_and(|&d| labelled(k).is_some_and(|m| m != d)))
        {
            let given = classify(&units[k][0]).label.unwrap_or_default().to_string();
            return Err(self.err(
                ins,
                op,
                ErrorKind::NumberMismatch,
                None,
                format!(
                    "the decision makes 第{}{} but its text gives {given}",
                    numerals::format(numbers[k]),
                    kind.chinese()
                ),
            ));
        }
        if count as usize != units.len() && !(count == 1 && units.len() > 1 && kind_node == Kind::Item) {
            return Err(self.err(
                ins,
                op,
                ErrorKind::NumberMismatch,
                None,
                format!("增加{count}{} but the text gives {}", kind.chinese(), units.len()),
            ));
        }
        let para_trail = self.tree.para_trail.clone();
        let mut ids = Vec::new();
        let mut order: Vec<usize> = (0..units.len()).collect();
        order.sort_by_key(|&k| nums[k]);
        // (the last of the units added, which ends the list when they go at its end)
        let batch_ends_list = order.last().and_then(|&k| units[k].last()).is_some_and(|l| l.trim_end().ends_with('。'));
        for (done, k) in order.into_iter().enumerate() {
            let index = match beside {
                Some(b) => b + done,
                None => nodes::index_of_nth(&self.tree, parent, kind_node, nums[k] as usize - 1),
            };
            // (last of its kind: a units line may follow the list)
            let at_end = self.tree.node(parent).children[index.min(self.tree.node(parent).children.len())..]
                .iter()
                .all(|&c| self.tree.node(c).deleted || self.tree.node(c).kind != kind_node);
            let last_trail = self.tree.trail_for_insert(parent, index);
            let lines = &units[k];
            // an item (or 目) added after the last one: the list's closing 。 moves to the new last one
            if kind_node.is_list_member() && at_end {
                let prev = self.tree.children(parent).into_iter().rfind(|&c| self.tree.node(c).kind == kind_node);
                if let Some(prev) = prev
                    && self.closing_mark(prev) == Some('。')
                    && batch_ends_list
                    && self.semicolon_list(parent, kind_node, None)
                {
                    self.set_item_end(ins, op, prev, '；');
                }
            }
            // an item's responsible units (a line of the quotation, or after its last sentence where
            // the document gives them lines of their own) are its list of that name
            let (lines, unit_lines) = match kind_node {
                Kind::Item => nodes::units_apart(lines, nodes::units_on_own_lines(&self.tree)),
                _ => (lines.clone(), Vec::new()),
            };
            let below = lines.len() - 1 + unit_lines.len();
            let head_trail = if below == 0 { last_trail.as_str() } else { para_trail.as_str() };
            let id = self.tree.insert(parent, index, nodes::new_line(&self.tree, kind_node, &lines[0], head_trail));
            if kind_node.is_list_member() && self.tree.node(id).label.is_none() {
                let like = self
                    .tree
                    .children(parent)
                    .into_iter()
                    .find(|&c| c != id && self.tree.node(c).kind == kind_node && self.tree.node(c).label.is_some());
                if let Some(like) = like {
                    crate::apply::renumber::label_like(&mut self.tree, id, like, nums[k]);
                }
            }
            for (i, l) in lines[1..].iter().chain(&unit_lines).enumerate() {
                let tr = if i + 1 == below { last_trail.as_str() } else { para_trail.as_str() };
                let node = if i + 1 >= lines.len() {
                    nodes::units_node(&self.tree, l, tr)
                } else {
                    let sub_kind = if classify(l).kind == LineKind::Item { Kind::Item } else { Kind::Text };
                    nodes::new_line(&self.tree, sub_kind, l, tr)
                };
                self.tree.insert(id, i, node);
            }
            self.tree.node_mut(id).declared = Some((kind, nums[k], ins.id.clone(), op.pos));
            ids.push(id);
        }
        let after = ids.iter().map(|&i| self.subtree_text(i)).collect::<Vec<_>>().join("\n");
        self.changes.push(self.change(ins, op, ids[0], String::new(), after));
        Ok(OpReport {
            op: op.op.name(),
            summary: format!("{}增加第{}", self.tree.node(t).path(), list(&nums, kind.chinese())),
            count: ids.len(),
        })
    }

    /// 增加两章，分别作为第三章、第四章。内容如下：“第三章　…“第七条…“第四章　…”: the text is cut at the
    /// new divisions' heading lines, and each part is one new division with the articles under it.
    #[allow(clippy::too_many_arguments)]
    fn insert_divisions(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        kind: UnitKind,
        count: u32,
        numbers: &[u32],
        paragraphs: &[String],
        holds: &[u32],
    ) -> OpResult {
        let line_kind = match kind {
            UnitKind::Part => LineKind::Part,
            UnitKind::Section => LineKind::Section,
            _ => LineKind::Chapter,
        };
        let starts: Vec<usize> =
            (0..paragraphs.len()).filter(|&k| classify(&paragraphs[k]).kind == line_kind).collect();
        let cut = starts.len() == count as usize && starts.first() == Some(&0) && numbers.len() == starts.len();
        if !cut || !holds.is_empty() {
            let unit = kind.chinese();
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!(
                    "增加{}{unit}: which articles each new {unit} holds is read from its heading line in the text (第X{unit}　…), and the text gives {} such line(s){}",
                    numerals::count(count),
                    starts.len(),
                    if starts.first().is_some_and(|&s| s > 0) { " after other lines" } else { "" }
                ),
            ));
        }
        let mut made = Vec::new();
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(paragraphs.len());
            made.push(
                self.insert_division(ins, op, kind, &numbers[k..=k], &paragraphs[start..end], None, &[])?.summary,
            );
        }
        Ok(OpReport { op: op.op.name(), summary: made.join("；"), count: made.len() })
    }

    /// A new 编/章/节: its articles, when the decision gives them, are inserted where their final
    /// numbers say; the division itself waits until every article has its final number, and then
    /// holds the articles it names (包括第五十一条至第五十二条) or the decision wrote for it.
    #[allow(clippy::too_many_arguments)]
    fn insert_division(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        kind: UnitKind,
        numbers: &[u32],
        paragraphs: &[String],
        heading: Option<&str>,
        holds: &[u32],
    ) -> OpResult {
        let mut heading = heading.map(str::to_string);
        let mut holds = holds.to_vec();
        if !paragraphs.is_empty() {
            // the heading line (第六章　…) and the articles under it
            let mut rest = paragraphs;
            let c = classify(&paragraphs[0]);
            if matches!(c.kind, LineKind::Chapter | LineKind::Section | LineKind::Part) {
                if heading.is_none() {
                    heading = Some(c.text.trim().to_string());
                }
                rest = &paragraphs[1..];
            }
            if !rest.is_empty() {
                let groups =
                    article_groups(rest, 0, &[]).map_err(|m| self.err(ins, op, ErrorKind::NumberMismatch, None, m))?;
                let numbers: Vec<u32> = groups.iter().map(|g| g.0).collect();
                let count = numbers.len() as u32;
                self.insert_articles(ins, op, &[], count, &numbers, None, Position::AtNumber, rest)?;
                if holds.is_empty() {
                    holds = numbers;
                }
            }
        }
        let Some(heading) = heading else {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!("增加一{}: its name is not given", kind.chinese()),
            ));
        };
        if holds.is_empty() {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!("增加一{}（“{heading}”）: the decision does not say which articles it holds", kind.chinese()),
            ));
        }
        let number = numbers.first().copied().unwrap_or(1);
        let mut op = op.clone();
        op.op = crate::notice::Op::InsertNode {
            kind,
            count: 1,
            numbers: vec![number],
            sub_number: None,
            position: Position::AtNumber,
            paragraphs: Vec::new(),
            heading: Some(heading.clone()),
            holds: holds.clone(),
        };
        self.pending.push(Pending { ins: ins.clone(), op, sources: Vec::new() });
        Ok(OpReport {
            op: "insert_node",
            summary: format!(
                "增加第{}{}“{heading}”（第{}）",
                numerals::format(number),
                kind.chinese(),
                list(&holds, "条")
            ),
            count: 1,
        })
    }

    /// Units built from quoted lines and put after or before the unit named (a policy point with its
    /// items).
    #[allow(clippy::too_many_arguments)]
    fn insert_built(
        &mut self,
        ins: &Instruction,
        op: &Operation,
        targets: &[NodeId],
        kind: UnitKind,
        numbers: &[u32],
        position: Position,
        paragraphs: &[String],
    ) -> OpResult {
        let anchor = match (position, targets.first()) {
            (Position::After | Position::Before, Some(&t)) => t,
            _ => {
                return Err(self.err(
                    ins,
                    op,
                    ErrorKind::Unsupported,
                    None,
                    format!("增加一{}: say after or before which unit (在第X点后…)", kind.chinese()),
                ));
            }
        };
        let parent = self.tree.node(anchor).parent.expect("not the root");
        let at = nodes::insertion_index(&self.tree, anchor, position == Position::After);
        let tops = nodes::lines_to_nodes(&self.tree, paragraphs);
        let mut ids = Vec::new();
        for (i, n) in tops.into_iter().enumerate() {
            let id = nodes::insert_built(&mut self.tree, parent, at + i, n);
            // the units after the first (a chapter's articles) are placed by this instruction too,
            // and an article's label (“第七条 …”) declares its number, held against the result's
            self.tree.node_mut(id).placed = Some((ins.id.clone(), op.pos));
            let n = self.tree.node(id);
            if i > 0
                && n.kind == Kind::Article
                && n.sub_number.is_none()
                && let Some(number) = n.number
            {
                self.tree.node_mut(id).declared = Some((UnitKind::Article, number, ins.id.clone(), op.pos));
            }
            ids.push(id);
        }
        // the number declared (作为第二章), else the one its label gives (“二、…”): held against the
        // others' at the end
        let first = ids[0];
        let number = numbers.first().copied().or(self.tree.node(first).number);
        if let Some(n) = number {
            self.tree.node_mut(first).declared = Some((kind, n, ins.id.clone(), op.pos));
        }
        let after = ids.iter().map(|&i| self.subtree_text(i)).collect::<Vec<_>>().join("\n");
        self.changes.push(self.change(ins, op, ids[0], String::new(), after));
        Ok(OpReport {
            op: op.op.name(),
            summary: match number {
                Some(n) => format!("增加第{}{}", numerals::format(n), kind.chinese()),
                None => format!("增加一{}", kind.chinese()),
            },
            count: ids.len(),
        })
    }

    /// Puts a new division where the articles it holds are (by their final numbers): before the
    /// first of them, taking them in. They must be the first or the last articles of the division
    /// they are in (a new division cannot cut another in two), leaving out of that count the
    /// articles `held` by the other new divisions that wait for their places.
    pub(in crate::apply) fn place_division(&mut self, p: &Pending, held: &[u32]) -> Result<(), ApplyError> {
        let crate::notice::Op::InsertNode { kind, numbers, heading, holds, .. } = &p.op.op else {
            unreachable!("a division insertion")
        };
        let (ins, op) = (&p.ins, &p.op);
        let arts: Vec<NodeId> = holds
            .iter()
            .map(|&n| {
                nodes::articles(&self.tree).into_iter().find(|&a| self.tree.node(a).number == Some(n)).ok_or_else(
                    || {
                        self.err(
                            ins,
                            op,
                            ErrorKind::NoSuchNode,
                            None,
                            format!(
                                "the new {} holds 第{}条, but no article has that number in the result",
                                kind.chinese(),
                                numerals::format(n)
                            ),
                        )
                    },
                )
            })
            .collect::<Result<_, _>>()?;
        let knode = match kind {
            UnitKind::Part => Kind::Part,
            UnitKind::Section => Kind::Section,
            _ => Kind::Chapter,
        };
        // a new 编 that holds whole chapters (a 章 whole sections) takes those divisions with their
        // articles
        if let Some(units) = self.whole_divisions(&arts, knode) {
            return self.place_over_divisions(p, knode, &units);
        }
        let first = arts[0];
        let container = self.tree.node(first).parent.expect("an article has a parent");
        if arts.iter().any(|&a| self.tree.node(a).parent != Some(container)) {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!("the articles of the new {} (第{}) are not in one division", kind.chinese(), list(holds, "条")),
            ));
        }
        let others = |c: NodeId| self.tree.node(c).number.is_some_and(|n| held.contains(&n) && !holds.contains(&n));
        let siblings: Vec<NodeId> = self
            .tree
            .children(container)
            .into_iter()
            .filter(|&c| self.tree.node(c).kind == Kind::Article && !others(c))
            .collect();
        let a = siblings.iter().position(|&x| x == first).expect("a child");
        let contiguous = siblings[a..].iter().take(arts.len()).copied().collect::<Vec<_>>() == arts;
        if !contiguous {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!(
                    "the articles of the new {} (第{}) do not follow one another",
                    kind.chinese(),
                    list(holds, "条")
                ),
            ));
        }
        let leading = a == 0;
        let trailing = a + arts.len() == siblings.len();
        let ckind = self.tree.node(container).kind;
        let node = nodes::new_division(&self.tree, knode, numbers[0], heading.as_deref().unwrap_or(""));
        let id = if container == self.tree.root || (ckind != knode && ckind_is_above(ckind, knode)) {
            // no division of this kind around them (a law without chapters, a section in a chapter)
            let (parent, idx) = nodes::position(&self.tree, first);
            self.tree.insert(parent, idx, node)
        } else if ckind == knode && (trailing || leading) {
            // after the division (before it), and after the new ones placed there whose articles
            // come before these (before those whose articles come after)
            let (parent, idx) = nodes::position(&self.tree, container);
            let first_number = self.tree.node(first).number;
            let beside = self.tree.children(parent);
            let new_here = |d: NodeId| self.tree.node(d).kind == knode && self.tree.node(d).orig_path.is_none();
            let comes_before = |d: NodeId| {
                let first_of = self.tree.children(d).into_iter().find(|&a| self.tree.node(a).kind == Kind::Article);
                first_of.is_some_and(|a| self.tree.node(a).number < first_number)
            };
            let at = if trailing {
                idx + 1 + beside[idx + 1..].iter().take_while(|&&d| new_here(d) && comes_before(d)).count()
            } else {
                idx - beside[..idx].iter().rev().take_while(|&&d| new_here(d) && !comes_before(d)).count()
            };
            self.tree.insert(parent, at, node)
        } else {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!(
                    "the new {} holds 第{}, in the middle of {}: a new division cannot cut another in two",
                    kind.chinese(),
                    list(holds, "条"),
                    self.tree.node(container).path()
                ),
            ));
        };
        self.fill_division(p, id, &arts);
        Ok(())
    }

    /// The new division `id` takes `units` in, in their order, and is recorded with the number its
    /// instruction declares.
    fn fill_division(&mut self, p: &Pending, id: NodeId, units: &[NodeId]) {
        let crate::notice::Op::InsertNode { kind, numbers, .. } = &p.op.op else {
            unreachable!("a division insertion")
        };
        for (i, &u) in units.iter().enumerate() {
            self.tree.move_to(u, id, i);
        }
        self.tree.node_mut(id).declared = Some((*kind, numbers[0], p.ins.id.clone(), p.op.pos));
        let after = self.tree.node(id).line();
        self.changes.push(self.change(&p.ins, &p.op, id, String::new(), after));
    }

    /// The units a new division of kind `knode` holds when they are not all articles of one
    /// container: each article lifted to the largest division below `knode` whose articles are all
    /// held (第一章 and 第二章 whole, for a new 编). None when no article lifts.
    fn whole_divisions(&self, arts: &[NodeId], knode: Kind) -> Option<Vec<NodeId>> {
        let held = |d: NodeId| {
            let inside: Vec<NodeId> =
                self.tree.subtree(d).into_iter().filter(|&x| self.tree.node(x).kind == Kind::Article).collect();
            !inside.is_empty() && inside.iter().all(|x| arts.contains(x))
        };
        let mut units: Vec<NodeId> = Vec::new();
        for &a in arts {
            let mut u = a;
            while let Some(p) = self.tree.node(u).parent
                && p != self.tree.root
                && ckind_is_above(knode, self.tree.node(p).kind)
                && held(p)
            {
                u = p;
            }
            if !units.contains(&u) {
                units.push(u);
            }
        }
        units.iter().any(|&u| self.tree.node(u).kind != Kind::Article).then_some(units)
    }

    /// Puts a new division around `units` (whole divisions, and articles beside them), which must
    /// stand one after another in one place that a division of its kind may be in.
    fn place_over_divisions(&mut self, p: &Pending, knode: Kind, units: &[NodeId]) -> Result<(), ApplyError> {
        let crate::notice::Op::InsertNode { kind, numbers, heading, holds, .. } = &p.op.op else {
            unreachable!("a division insertion")
        };
        let (ins, op) = (&p.ins, &p.op);
        let container = self.tree.node(units[0]).parent.expect("a unit has a parent");
        let ckind = self.tree.node(container).kind;
        let siblings: Vec<NodeId> = self
            .tree
            .children(container)
            .into_iter()
            .filter(|&c| matches!(self.tree.node(c).kind, Kind::Article | Kind::Part | Kind::Chapter | Kind::Section))
            .collect();
        let at = siblings.iter().position(|&x| x == units[0]);
        let in_place = units.iter().all(|&u| self.tree.node(u).parent == Some(container))
            && (container == self.tree.root || ckind_is_above(ckind, knode))
            && at.is_some_and(|a| siblings[a..].iter().take(units.len()).eq(units.iter()));
        if !in_place {
            return Err(self.err(
                ins,
                op,
                ErrorKind::Unsupported,
                None,
                format!(
                    "the articles of the new {} (第{}) are not whole divisions that follow one another in one place",
                    kind.chinese(),
                    list(holds, "条")
                ),
            ));
        }
        let node = nodes::new_division(&self.tree, knode, numbers[0], heading.as_deref().unwrap_or(""));
        let (parent, idx) = nodes::position(&self.tree, units[0]);
        let id = self.tree.insert(parent, idx, node);
        self.fill_division(p, id, units);
        Ok(())
    }
}

/// Whether divisions of kind `outer` contain those of kind `inner` (a 章 holds 节).
/// Whether a quoted line is a 编, 章 or 节 heading (第三章　监督检查).
fn is_division_line(line: &str) -> bool {
    matches!(classify(line).kind, LineKind::Chapter | LineKind::Section | LineKind::Part)
}

fn ckind_is_above(outer: Kind, inner: Kind) -> bool {
    matches!((outer, inner), (Kind::Part, Kind::Chapter | Kind::Section) | (Kind::Chapter, Kind::Section))
}
