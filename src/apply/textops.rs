//! Phrase-level edits inside located nodes: finding quoted text (with the nearest candidate when it
//! is not there), replacing it, deleting it with punctuation repair, inserting text at an anchor.

use std::ops::Range;

use super::model::Candidate;
use super::tree::{NodeId, Tree};
use crate::text::punct::is_close_paren;

/// One occurrence of a quoted text: the node and the byte range in its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub node: NodeId,
    pub range: Range<usize>,
}

/// Every occurrence of `needle` in the lines of the subtree of `scope`.
pub fn find(tree: &Tree, scope: NodeId, needle: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    if needle.is_empty() {
        return hits;
    }
    for id in tree.subtree(scope) {
        let line = tree.node(id).line();
        for (start, _) in line.match_indices(needle) {
            hits.push(Hit { node: id, range: start..start + needle.len() });
        }
    }
    hits
}

/// The passage of the subtree most similar to `needle`, for "not found" messages.
pub fn nearest(tree: &Tree, scope: NodeId, needle: &str) -> Option<Candidate> {
    let want: Vec<char> = needle.chars().collect();
    if want.is_empty() {
        return None;
    }
    let mut best: Option<(f64, NodeId, String)> = None;
    for id in tree.subtree(scope) {
        let line: Vec<char> = tree.node(id).line().chars().collect();
        if line.is_empty() {
            continue;
        }
        let w = want.len().min(line.len());
        // windows of the needle's length (a little shorter and longer too), stepping by a few chars
        let step = (w / 16).max(1);
        for len in [w, (w + 2).min(line.len()), w.saturating_sub(2).max(1)] {
            let mut start = 0;
            while start + len <= line.len() {
                let cand: String = line[start..start + len].iter().collect();
                let sim = strsim::normalized_levenshtein(needle, &cand);
                if best.as_ref().is_none_or(|b| sim > b.0) {
                    best = Some((sim, id, cand));
                }
                start += step;
            }
        }
    }
    best.filter(|b| b.0 > 0.3).map(|(similarity, id, text)| Candidate { path: tree.node(id).path(), text, similarity })
}

/// Characters that close a sentence or clause; D that began a sentence takes the one after it.
fn is_sentence_mark(c: char) -> bool {
    matches!(c, '。' | '；' | ';')
}

/// Extends the range of a deleted phrase D by the punctuation that goes with it:
/// - D began a sentence (start of the line, or after 。；：) and the mark after it closes that
///   sentence (。；) or its first clause (，、): that mark goes with D;
/// - D stood inside a sentence after a ，or 、: the mark before it goes with D.
///   Nothing else changes.
pub fn deletion_range(line: &str, r: Range<usize>) -> Range<usize> {
    deletion_range_in(line, r, 0)
}

/// [`deletion_range`] in a line whose text starts at `text_start` (after a label such as （一）,
/// 一、 or 第一条): D right after the label begins its sentence, whatever the label ends with.
/// D that is a member of a list (甲、D、乙) takes the 、 after it.
pub fn deletion_range_in(line: &str, r: Range<usize>, text_start: usize) -> Range<usize> {
    let before = if r.start <= text_start { None } else { line[..r.start].chars().next_back() };
    let after = line[r.end..].chars().next();
    let sentence_start = match before {
        None => true,
        Some(c) => is_sentence_mark(c) || matches!(c, '：' | ':' | '\n'),
    };
    // a member of a list next to its conjunction (甲、乙和丙): the conjunction after it, or before it
    // (a word of its own: 和 of 和平 is none)
    let conj_after = CONJUNCTIONS
        .iter()
        .find(|c| line[r.end..].starts_with(**c) && begins_word(line, r.end) && begins_word(line, r.end + c.len()))
        .map(|c| c.len());
    let conj_before = CONJUNCTIONS
        .iter()
        .find(|c| {
            line[text_start.min(r.start)..r.start].ends_with(**c)
                && begins_word(line, r.start - c.len())
                && begins_word(line, r.start)
        })
        .map(|c| c.len());
    // the clause ends at a comma, a sentence's end, or the colon that opens what follows (…提出申请，
    // 并提交下列材料：)
    let clause_end = after.is_none_or(|c| is_sentence_mark(c) || matches!(c, '，' | ',' | '：' | ':'));
    if sentence_start {
        match (before, after) {
            // the last clause of a sentence (甲；D。): the ； before it goes, and the sentence keeps its 。
            (Some(b @ ('；' | ';')), Some('。') | None) => r.start - b.len_utf8()..r.end,
            (_, Some(c)) if is_sentence_mark(c) || matches!(c, '，' | '、' | ',') => r.start..r.end + c.len_utf8(),
            // the first member of two (D和乙应当…): its conjunction goes with it
            _ => r.start..r.end + conj_after.unwrap_or(0),
        }
    } else {
        // inside a sentence: the mark before D goes with it, when D ran to the end of its clause;
        // a member of a list takes the 、 after it
        match (before, after) {
            // the member before the conjunction (甲、D和丙: 甲和丙), the members too (甲、D、E和丙)
            (Some('、'), _) if conj_after.is_some() => r.start - '、'.len_utf8()..r.end,
            // the last member, after the conjunction (甲、乙和D。: 甲、乙。)
            _ if conj_before.is_some() && (clause_end || begins_word(line, r.end)) => {
                r.start - conj_before.unwrap_or(0)..r.end
            }
            // the first member of two, whole (由D和乙负责: 由乙负责)
            _ if conj_after.is_some() && begins_word(line, r.start) => r.start..r.end + conj_after.unwrap_or(0),
            (Some(c), _) if matches!(c, '，' | '、' | ',') && clause_end => r.start - c.len_utf8()..r.end,
            // the last member before a closing bracket (（含甲、D）: （含甲）)
            (Some(c @ ('，' | '、' | ',')), Some(a)) if is_close_paren(a) || matches!(a, '”' | '’') => {
                r.start - c.len_utf8()..r.end
            }
            // the last member of a list, whole, before the role or the head the members share (由甲、D
            // 负责: 由甲负责; 公安、D部门: 公安部门); before another word it may be a part of a member,
            // whose 、 stays with what is left of it (甲、国土资源厅 less 国土: 甲、资源厅)
            (Some('、'), _)
                if begins_word(line, r.start) && AFTER_LAST_MEMBER.iter().any(|w| line[r.end..].starts_with(w)) =>
            {
                r.start - '、'.len_utf8()..r.end
            }
            (Some('，' | '、' | ','), Some('、')) => r.start..r.end + '、'.len_utf8(),
            // the first member of a list, deleted whole (应当依法、及时办理 less 依法): D begins a
            // word, and the 、 after it went between it and the next member; a part of a word (国土资源、
            // 住房 less 资源) leaves the 、 to what is left of its member
            (Some(_), Some('、')) if begins_word(line, r.start) => r.start..r.end + '、'.len_utf8(),
            _ => r,
        }
    }
}

/// The conjunctions that join the last members of a list (甲、乙和丙), longest first.
const CONJUNCTIONS: [&str; 6] = ["以及", "或者", "和", "及", "或", "与"];

/// What follows the last member of a list of bodies: its role, or the head its members share.
const AFTER_LAST_MEMBER: [&str; 11] =
    ["负责", "牵头", "配合", "参与", "协助", "按职责", "等", "部门", "机关", "单位", "机构"];

/// Whether a word begins at `at` in `line`, as jieba cuts it. (jieba cuts the runs between marks
/// one by one, so the clause around `at` is cut as the whole line is: a mutation run found the
/// cut bounded to that clause changed nothing.)
fn begins_word(line: &str, at: usize) -> bool {
    crate::text::words::boundaries(line).contains(&at)
}

/// The sentences of a text: each runs to and includes its 。！？ (or to the end of the text), with
/// a closing quotation mark or bracket right after the stop.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '。' | '！' | '？') {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if matches!(d, '”' | '’' | '）' | ')' | '」') {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(&text[start..end]);
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(&text[start..]);
    }
    out
}

/// Text from a quotation as the document writes it: the quotation's inner quotes (‘…’, or '…' in
/// ASCII-quoted crawls) are the document's own quotes (“…”) once the text stands in the document.
pub fn as_document_text(quoted: &str) -> String {
    let mut out = String::with_capacity(quoted.len());
    let mut open = true;
    for c in quoted.chars() {
        match c {
            '‘' => out.push('“'),
            '’' => out.push('”'),
            '\'' => {
                out.push(if open { '“' } else { '”' });
                open = !open;
            }
            _ => out.push(c),
        }
    }
    out
}

/// The separator a phrase inserted after an anchor needs (在“保护市场公平竞争”后增加“鼓励创新”
/// gives 保护市场公平竞争，鼓励创新): none when the phrase begins with a conjunction or a mark, or
/// when the anchor itself ends with a mark (在“…水平。”后增加“鼓励创新。”: a new sentence); ，
/// when the anchor ends a clause; 、 when it is a noun followed by more of its sentence. A phrase
/// that opens with a preposition, an adverb or a modal verb qualifies the words after it and is
/// no member of a list (在“十日内”后增加“依法” gives 十日内依法作出).
pub fn insertion_separator(line: &str, at: usize, text: &str) -> &'static str {
    const JOINERS: [&str; 10] = ["和", "或", "及", "以及", "并", "与", "的", "等", "、", "，"];
    // the closed classes that open a modifier in statute language (words of two characters: 应, 经,
    // 自, 不 open nouns too, as in 应急管理, 经营者, 自然资源, 不动产)
    const MODIFIERS: &[&str] = &[
        "依法",
        "依照",
        "按照",
        "依据",
        "根据",
        "遵照",
        "参照",
        "通过",
        "经过",
        "对于",
        "关于",
        "及时",
        "严格",
        "逐步",
        "切实",
        "共同",
        "分别",
        "另行",
        "相应",
        "立即",
        "一律",
        "同时",
        "应当",
        "可以",
        "必须",
        "不得",
        "予以",
        // the adverbs of policy language (进一步加强, 大力推进, 积极引导)
        "进一步",
        "大力",
        "积极",
        "全面",
        "不断",
        "持续",
        "深入",
        "充分",
        "认真",
        "主动",
        "统筹",
        "广泛",
        "尽快",
        "优先",
        "定期",
    ];
    // words that take what follows them (为了加强, 对于申请人, 按照规定, 应当办理, 的 before its noun): what is
    // inserted after one continues it, and is no member of a list (目的, 标的 are nouns)
    const OPENERS: &[&str] = &[
        "为了", "为", "对于", "关于", "按照", "依照", "依据", "根据", "通过", "经过", "应当", "可以", "必须", "不得",
        "予以", "进行", "会同", "以及", "或者", "和", "及", "与", "对", "把", "被", "从", "在", "将", "于", "了", "的",
        "并",
    ];
    let takes_what_follows = |s: &str| {
        OPENERS.iter().any(|o| s.ends_with(o)) && !["目的", "标的", "行为", "作为"].iter().any(|n| s.ends_with(n))
    };
    let first = text.chars().next();
    if first.is_none_or(|c| !is_cjk(c))
        || JOINERS.iter().any(|j| text.starts_with(j))
        || MODIFIERS.iter().any(|m| text.starts_with(m))
        || takes_what_follows(&line[..at])
        // a phrase that holds a clause's mark is a clause, or one that ends with a word taking what
        // follows (…，并在) runs into the words after it: neither is a member of a list
        || text.contains(['，', '；', '：', ',', ';', ':'])
        || takes_what_follows(text)
    {
        return "";
    }
    if line[..at].chars().next_back().is_some_and(|c| "。；！？，、：;,:!?".contains(c)) {
        return "";
    }
    match line[at..].chars().next() {
        Some('，' | ',' | '；' | ';' | '。') | None => "，",
        // a member of a list: the phrase is one more (登记事项、条件 + 收费标准: 登记事项、收费标准、条件)
        Some('、') => "、",
        Some(c) if is_cjk(c) => "、",
        _ => "",
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn del(line: &str, d: &str) -> String {
        let s = line.find(d).unwrap();
        let r = deletion_range(line, s..s + d.len());
        let mut out = line.to_string();
        out.replace_range(r, "");
        out
    }

    #[test]
    fn punctuation_goes_with_the_deleted_phrase() {
        // a whole sentence: its 。 goes with it
        assert_eq!(del("甲。乙丙。丁。", "乙丙"), "甲。丁。");
        assert_eq!(del("乙丙。丁。", "乙丙"), "丁。");
        // the whole line
        assert_eq!(del("（一）探索。", "（一）探索"), "");
        // inside a sentence after a comma: the comma before it goes
        assert_eq!(del("甲，乙丙。", "乙丙"), "甲。");
        // the last clause of a sentence after ；: the ； goes, the sentence keeps its 。 (it kept the ；
        // and lost the 。: 处罚款；); a clause between two ； takes the one after it
        assert_eq!(del("处一千元罚款；情节严重的，处五千元罚款。", "情节严重的，处五千元罚款"), "处一千元罚款。");
        assert_eq!(del("甲；乙丙；丁。", "乙丙"), "甲；丁。");
        // the first clause of a sentence: the comma after it goes
        assert_eq!(del("甲。乙丙，丁。", "乙丙"), "甲。丁。");
        // (written for the test) the last clause before a colon that opens a list: the comma before it
        // goes, the colon stays (it kept both: 提出申请，：)
        assert_eq!(del("应当向主管部门提出申请，并提交下列材料：", "并提交下列材料"), "应当向主管部门提出申请：");
        assert_eq!(del("包括甲、乙和丙：", "丙"), "包括甲、乙：");
        // a phrase inside a clause: nothing else changes
        assert_eq!(del("对在福建省内注册实行独立核算的企业", "在福建省内注册实行独立核算"), "对的企业");
        // a list member with its conjunction, inside a sentence: the 、 before it stays
        assert_eq!(
            del("保安服务许可证、保安培训许可证以及保安员证的式样", "保安培训许可证以及"),
            "保安服务许可证、保安员证的式样"
        );
    }

    #[test]
    fn the_first_member_of_a_list_takes_the_mark_after_it_when_deleted_whole() {
        // (sentences written for the test) a whole word before 、 is a member: the 、 goes with it
        assert_eq!(del("登记机关应当依法、及时办理登记。", "依法"), "登记机关应当及时办理登记。");
        assert_eq!(del("由省发展改革委、财政厅负责组织实施。", "发展改革委"), "由省财政厅负责组织实施。");
        // a part of a word is not: what is left of its member keeps the 、
        assert_eq!(del("国土资源、住房城乡建设主管部门负责监督。", "资源"), "国土、住房城乡建设主管部门负责监督。");
        // the clause is cut around the phrase only: a word of another clause changes nothing
        assert_eq!(del("甲负责，应当依法、及时办理。", "依法"), "甲负责，应当及时办理。");
        // (written for the test) a member next to the list's conjunction: 登记事项、条件、和期限 and 程序和。
        // were left
        let line = "应当公开登记事项、条件、程序和期限。";
        assert_eq!(del(line, "程序"), "应当公开登记事项、条件和期限。");
        assert_eq!(del(line, "条件、程序"), "应当公开登记事项和期限。");
        assert_eq!(del(line, "期限"), "应当公开登记事项、条件、程序。");
        assert_eq!(del("由登记机关和公安机关负责。", "登记机关"), "由公安机关负责。");
        assert_eq!(del("由登记机关和公安机关负责。", "公安机关"), "由登记机关负责。");
        assert_eq!(del("申请人以及利害关系人可以查阅。", "申请人"), "利害关系人可以查阅。");
        // a conjunction that is no list's stays (和平利用 is a word; 和 after a clause's end is not one)
        assert_eq!(del("促进和平利用。", "促进"), "和平利用。");
    }

    #[test]
    fn inserted_phrases_take_the_separator_of_their_list() {
        let line = "保护市场公平竞争，提高经济运行效率";
        assert_eq!(insertion_separator(line, "保护市场公平竞争".len(), "鼓励创新"), "，");
        let line = "知悉的商业秘密负有保密义务";
        assert_eq!(insertion_separator(line, "知悉的商业秘密".len(), "个人隐私和个人信息"), "、");
        assert_eq!(insertion_separator("行政机关滥用", "行政机关".len(), "和法律、法规授权的组织"), "");
        // a phrase that qualifies the words after it (written for the test): an adverb, a
        // preposition, a modal verb
        let line = "登记机关应当在十日内作出决定";
        assert_eq!(insertion_separator(line, "登记机关应当在十日内".len(), "依法"), "");
        assert_eq!(insertion_separator(line, "登记机关应当".len(), "按照规定"), "");
        assert_eq!(insertion_separator(line, "登记机关".len(), "可以"), "");
        assert_eq!(insertion_separator(line, "登记机关".len(), "和受理机构"), "");
        assert_eq!(insertion_separator(line, "登记机关".len(), "受理机构"), "、");
        // a noun that opens with a preposition's character is a noun
        assert_eq!(insertion_separator(line, "登记机关".len(), "应急管理部门"), "、");
        // the anchor quoted with its own stop: the phrase is a new sentence (written for the test,
        // from Fujian 1, 第一项: 在“…化水平。”后增加“鼓励创新”)
        let line = "提升智能化水平。到2020年";
        assert_eq!(insertion_separator(line, "提升智能化水平。".len(), "鼓励创新。"), "");
        assert_eq!(insertion_separator("甲；乙", "甲；".len(), "丙"), "");
        // (found by cargo-mutants) a phrase that does not begin with a Chinese character (a number,
        // a bracket) is put as it is; so is one before a bracket or a number
        assert_eq!(insertion_separator("处罚款", "处".len(), "5万元以下的"), "");
        assert_eq!(insertion_separator("处罚款", "处".len(), "（一）"), "");
        assert_eq!(insertion_separator("商业秘密（含数据）", "商业秘密".len(), "个人隐私"), "");
        assert_eq!(insertion_separator("商业秘密2项", "商业秘密".len(), "个人隐私"), "");
        // (written for the test) after a word that takes what follows it, the words continue it: 为了、
        // 进一步加强 and 申请人的、主要负责人 were given a 、
        let line = "为了加强示例管理，对申请人的材料予以审查";
        assert_eq!(insertion_separator(line, "为了".len(), "有效"), "");
        assert_eq!(insertion_separator(line, "为了加强示例管理，对".len(), "登记"), "");
        assert_eq!(insertion_separator(line, "为了加强示例管理，对申请人的".len(), "主要"), "");
        assert_eq!(insertion_separator(line, "为了加强示例管理，对申请人的材料予以".len(), "书面"), "");
        // an adverb of policy language qualifies the words after it
        assert_eq!(insertion_separator(line, "为了".len(), "进一步"), "");
        assert_eq!(insertion_separator("应当加强管理", "应当".len(), "大力"), "");
        // a noun that ends like such a word is a noun: 目的, 标的, 行为 take their list's mark
        assert_eq!(insertion_separator("合同的标的和价款", "合同的标的".len(), "数量"), "、");
        // after a member of a list, the phrase is one more member (it was joined to the member)
        assert_eq!(insertion_separator("公开登记事项、条件和期限", "公开登记事项".len(), "收费标准"), "、");
        assert_eq!(insertion_separator("违法行为，依法处理", "违法行为".len(), "违约行为"), "，");
        assert_eq!(insertion_separator("实现目的，依法处理", "实现目的".len(), "提高效率"), "，");
        // (written for the test) a phrase with a clause's mark inside, or that ends with a word taking
        // what follows, continues the sentence: it was given a 、 (受理申请之日起、十个工作日内审查，并在)
        let line = "自受理申请之日起二十日内作出决定";
        assert_eq!(insertion_separator(line, "自受理申请之日起".len(), "十日内审查，并在"), "");
        assert_eq!(insertion_separator(line, "自受理申请之日起".len(), "十日内审查；并在"), "");
        assert_eq!(insertion_separator(line, "自".len(), "收到材料或者"), "");
        assert_eq!(insertion_separator(line, "自".len(), "收到材料并"), "");
    }

    /// The nearest candidate for a quotation that is not there, as the "not found" message shows
    /// it (found by cargo-mutants: the window lengths and the order of equal candidates were
    /// untested).
    #[test]
    fn the_nearest_candidate_is_the_most_similar_window() {
        let doc =
            crate::document::parse("第一条 省经济和信息化委员会负责全省的信息化工作。\n第二条 甲乙丙丁，甲乙丙己。\n");
        let tree = Tree::from_document(&doc);
        // two characters short of the passage: the window two characters longer than the quotation
        let c = nearest(&tree, tree.root, "信息委会").unwrap();
        assert_eq!((c.text.as_str(), c.path.as_str()), ("信息化委员会", "第一条/1"));
        assert!((c.similarity - (1.0 - 2.0 / 6.0)).abs() < 1e-9, "{}", c.similarity);
        // of two equally similar passages, the first in the document
        let c = nearest(&tree, tree.root, "甲乙丙戊").unwrap();
        assert_eq!(c.text, "甲乙丙丁");
        // nothing similar enough: no candidate
        assert!(nearest(&tree, tree.root, "子丑寅卯辰巳").is_none());
    }

    #[test]
    fn sentences_end_after_their_stop_and_the_quotes_that_close_with_it() {
        assert_eq!(sentences("甲说：“乙。”丙。丁"), ["甲说：“乙。”", "丙。", "丁"]);
        assert_eq!(sentences("（见附件。）其后。"), ["（见附件。）", "其后。"]);
        assert_eq!(sentences("一句。"), ["一句。"]);
    }

    #[test]
    fn inner_quotes_become_the_documents_quotes() {
        assert_eq!(as_document_text("所称'城镇居民''上一年度'，探索‘首购’"), "所称“城镇居民”“上一年度”，探索“首购”");
    }
}
