//! Clauses on the whole document: renumbering (条文顺序作相应调整), wording adjusted without a list
//! of edits, counts the decision states for the result, and provisions disapplied without a change
//! of their text.

use pest::iterators::Pair;

use super::{ReadError, Reader, Rule, unit_kind};
use crate::notice::model::{Locator, Op};

impl Reader<'_> {
    /// 条文顺序作相应调整 · 对部分文字作相应调整 · 对条文顺序和部分文字作相应调整 (both): one clause
    /// often says both things, and each is recorded.
    pub(super) fn whole_document(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let written = self.written(&c);
        let loc = vec![Locator::whole("全文", self.pos(&c))];
        let renumbers = c.as_rule() == Rule::renumber_all
            || ["顺序", "序号", "条款作相应调整", "条文作相应调整"].iter().any(|w| written.contains(w));
        let rewords = c.as_rule() == Rule::adjust_wording || ["文字", "表述"].iter().any(|w| written.contains(w));
        if renumbers {
            self.push(&c, Op::RenumberAll { scope: written.clone() }, loc.clone(), vec![]);
        }
        if rewords {
            self.push(&c, Op::AdjustWording { note: written }, loc, vec![]);
        }
        Ok(())
    }

    /// 目录作相应修改 · 并相应修改目录: what the engine does for every change of a division, recorded.
    pub(super) fn toc_follows(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let written = self.written(&c);
        self.push(&c, Op::TocFollows { note: written }, vec![Locator::whole("全文", self.pos(&c))], vec![]);
        Ok(())
    }

    /// 条例由八章修改为七章，由五十条修改为四十一条.
    pub(super) fn count_check(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let counts = Self::children(&c, Rule::count);
        let kinds = Self::children(&c, Rule::unit_kind);
        let (before, after) = (self.number(&counts[0])?, self.number(&counts[1])?);
        let (k1, k2) = (unit_kind(kinds[0].as_str()), unit_kind(kinds[1].as_str()));
        match (k1, k2) {
            (Some(kind), Some(k)) if k == kind => {
                self.push(
                    &c,
                    Op::CountCheck { kind, before, after },
                    vec![Locator::whole("全文", self.pos(&c))],
                    vec![],
                );
                Ok(())
            }
            _ => Err(self.err(&c, "the counts before and after name different units")),
        }
    }

    /// 自本决定实施之日起，《…》第一条第一款第（一）项…规定的…数额标准不再适用。…: no text changes.
    pub(super) fn disapply(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let mut loc = Locator::whole("全文", self.pos(&c));
        if let Some(t) = Self::child(&c, Rule::target) {
            loc.target = Some(self.target_title(&self.written(&t)));
        }
        let note = self.written(&c);
        self.push(&c, Op::Disapply { note }, vec![loc], vec![]);
        Ok(())
    }

    /// 将有效期延长至2025年12月31日: the whole document's term (its one 有效期至…, found when applied).
    pub(super) fn extend_validity(&mut self, c: Pair<Rule>) -> Result<(), ReadError> {
        let mut loc = Locator::whole("全文", self.pos(&c));
        if let Some(t) = Self::child(&c, Rule::target) {
            loc.target = Some(self.target_title(&self.written(&t)));
        }
        let until = Self::child(&c, Rule::until).expect("grammar").as_str().to_string();
        self.push(&c, Op::ExtendValidity { until }, vec![loc], vec![]);
        Ok(())
    }
}
