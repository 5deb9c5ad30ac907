//! Notices copied from Markdown mirrors: inline markup (links, pandoc spans, emphasis,
//! strike-through, escapes, entities, `<br>`, closing `#`s) is read as the text it marks up, and
//! every position still points into the file as written.
//!
//! The notices under `tests/notice_markdown/` were written for this test (the corpus decisions carry
//! no inline markup); each `.md` has a `.txt` twin with the markup removed by hand.

use amend::notice::{self, Instruction, Notice, ProvisionKind};

fn read(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/notice_markdown").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn by_id<'a>(n: &'a Notice, id: &str) -> &'a Instruction {
    n.instructions().find(|i| i.id == id).unwrap_or_else(|| panic!("no instruction {id}"))
}

fn ids(n: &Notice) -> Vec<&str> {
    n.instructions().map(|i| i.id.as_str()).collect()
}

/// Line and column (in characters, 1-based) of `needle` on line `line` of `text`, found by plain
/// search in the file as written.
fn at(text: &str, line: usize, needle: &str) -> (usize, usize) {
    let l = text.lines().nth(line - 1).expect("the line exists");
    let b = l.find(needle).unwrap_or_else(|| panic!("{needle} is not on line {line}: {l}"));
    (line, l[..b].chars().count() + 1)
}

fn pos(p: &notice::Pos) -> (usize, usize) {
    (p.line, p.column)
}

#[test]
fn npc_decision_with_emphasis_entities_and_line_breaks() {
    let text = read("npc-decision.md");
    let n = notice::parse(&text);
    assert_eq!(n.errors().count(), 0, "{:?}", n.diagnostics);
    // the closing #s of the heading are not part of the title
    assert_eq!(n.title.as_deref(), Some("全国人民代表大会常务委员会关于修改《中华人民共和国示例法》的决定"));
    assert_eq!(ids(&n), ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "此外"]);
    // the title in the preamble is a link: its text names the target
    assert!(n.sections[0].instructions.iter().all(|i| i.section.as_deref() == Some("中华人民共和国示例法")));
    assert_eq!(n.sections.len(), 1);
    let ops: Vec<String> = n.instructions().map(|i| i.op_name()).collect();
    assert_eq!(
        ops,
        [
            "replace_node",
            "insert_node",
            "renumber+replace_node",
            "replace_text",
            "replace_text",
            "replace_text",
            "delete_text",
            "insert_text",
            "renumber_all"
        ]
    );

    // **第四条**&emsp; in an NPC-style quotation of two paragraphs, *竞争政策* in the second
    let i = by_id(&n, "一、");
    assert_eq!(i.locators(), ["第四条"]);
    assert_eq!(
        i.quoted(),
        ["第四条\u{2003}示例工作坚持中国共产党的领导。\n国家坚持市场化、法治化原则，强化竞争政策基础地位。"]
    );
    assert_eq!(pos(&i.ops[0].quoted[0].pos), at(&text, 13, "“"));

    // __第五条__, and a <br> that ends a paragraph of the quotation
    let i = by_id(&n, "二、");
    assert_eq!(
        i.quoted(),
        ["第五条　国家建立健全公平竞争审查制度。\n行政机关在制定涉及市场主体经济活动的规定时，应当进行公平竞争审查。"]
    );

    assert_eq!(by_id(&n, "三、").locators(), ["第十条", "第一款"]);

    // strike-through is read as its text, not as deleted text
    let i = by_id(&n, "四、");
    assert_eq!(i.locators(), ["第十二条"]);
    assert_eq!(i.quoted(), ["经营者", "经营者、行业协会"]);

    // what only looks like markup stays in the quotation: a lone *, fill-in blanks, an escaped *,
    // brackets that are not a link
    assert_eq!(by_id(&n, "五、").quoted(), ["第*项", "第三项"]);
    assert_eq!(by_id(&n, "六、").quoted(), ["____年__月__日", "日期"]);
    let i = by_id(&n, "七、");
    assert_eq!((i.locators(), i.quoted()), (vec!["第二十二条".to_string()], vec!["2*3".to_string()]));
    assert_eq!(pos(&i.ops[0].quoted[0].pos), (27, 12));
    let i = by_id(&n, "八、");
    assert_eq!(i.quoted(), ["[注]", "（含本数）"]);
    // the paragraph is indented with &emsp;&emsp;: its label is the 13th character of the line
    assert_eq!(pos(&i.pos), (29, 13));

    assert_eq!(by_id(&n, "此外").locators(), ["全文"]);
}

#[test]
fn state_council_decision_with_links_in_titles() {
    let text = read("state-council-decision.md");
    let n = notice::parse(&text);
    assert_eq!(n.errors().count(), 0, "{:?}", n.diagnostics);
    let titles: Vec<(Option<&str>, &str)> = n.sections.iter().map(|s| (s.id.as_deref(), s.title.as_str())).collect();
    assert_eq!(
        titles,
        [(Some("一"), "中华人民共和国药品管理法实施条例"), (Some("二"), "中华人民共和国计量法实施细则")]
    );
    assert_eq!(ids(&n), ["一、", "一、¶2", "二、", "二、¶2"]);

    let i = by_id(&n, "一、");
    assert_eq!(i.op_name(), "replace_node");
    assert_eq!(i.locators(), ["《中华人民共和国药品管理法实施条例》第十一条"]);
    assert_eq!(i.quoted(), ["第十一条\u{a0}开办药品零售企业，应当向所在地县级以上人民政府药品监督管理部门申请许可。"]);
    // the quotation opens after the link's address: its position is in the file as written
    assert_eq!(pos(&i.ops[0].quoted[0].pos), at(&text, 7, "“"));
    assert_eq!(pos(&i.ops[0].locators[0].pos), (7, 4));

    let i = by_id(&n, "一、¶2");
    assert_eq!((i.op_name(), i.locators()), ("replace_text".to_string(), vec!["第二十三条第一款".to_string()]));
    assert_eq!(i.quoted(), ["省级人民政府药品监督管理部门", "国务院药品监督管理部门"]);

    // a link with a title
    let i = by_id(&n, "二、");
    assert_eq!(i.locators(), ["《中华人民共和国计量法实施细则》第十五条"]);
    assert_eq!(i.quoted(), ["计量行政部门", "市场监督管理部门"]);
    assert_eq!(pos(&i.ops[0].quoted[0].pos), at(&text, 11, "“计量"));
    let i = by_id(&n, "二、¶2");
    assert_eq!((i.op_name(), i.locators()), ("delete_node".to_string(), vec!["第二十条".to_string()]));

    // an autolink is read as its address; a bare link in the preamble as its text
    let texts = |k: ProvisionKind| -> Vec<&str> {
        n.provisions.iter().filter(|p| p.kind == k).map(|p| p.text.as_str()).collect()
    };
    assert!(
        texts(ProvisionKind::Header)
            .contains(&"来源：https://www.gov.cn/zhengce/content/2022-04/07/content_0000000.htm"),
        "{:?}",
        n.provisions
    );
    assert_eq!(
        texts(ProvisionKind::Preamble),
        [
            "为贯彻落实《国务院2022年立法工作计划》，国务院对《中华人民共和国药品管理法实施条例》等2部行政法规进行了清理，决定对其部分条款修改如下："
        ]
    );
}

#[test]
fn shanghai_decision_with_escaped_labels_and_marked_spans() {
    let text = read("shanghai-decision.md");
    let n = notice::parse(&text);
    let titles: Vec<(Option<&str>, &str)> = n.sections.iter().map(|s| (s.id.as_deref(), s.title.as_str())).collect();
    assert_eq!(titles, [(Some("一"), "上海市示例格式条款监督条例"), (Some("二"), "上海市示例技术市场条例")]);
    // 1\. is the label 1.; the items inside [...]{.mark} keep theirs
    assert_eq!(ids(&n), ["一1.", "一2.", "一3.", "二1.", "二3."]);
    let ops: Vec<String> = n.instructions().map(|i| i.op_name()).collect();
    assert_eq!(ops, ["replace_text", "replace_node", "replace_node", "replace_node", "delete_node"]);

    let i = by_id(&n, "一1.");
    assert_eq!(i.locators(), ["第一条"]);
    assert_eq!(i.quoted(), ["《中华人民共和国合同法》", "《中华人民共和国民法典》"]);

    let i = by_id(&n, "一2.");
    assert_eq!(i.locators(), ["第六条第一项"]);
    assert_eq!(i.quoted(), ["（一）造成消费者人身损害的责任；"]);
    // the item starts with the character after [
    assert_eq!(pos(&i.pos), (18, 2));

    // a Shanghai-style quotation, opened once, broken by <br/> into two paragraphs
    let i = by_id(&n, "一3.");
    assert_eq!(i.locators(), ["第十一条第一款"]);
    assert_eq!(i.quoted(), ["市场监督管理部门应当建立格式条款监督制度。\n具体办法由市人民政府制定。"]);

    let i = by_id(&n, "二1.");
    assert_eq!(i.locators(), ["第二条第二款"]);
    assert_eq!(i.quoted(), ["技术交易包括技术开发、技术转让、技术许可等交易活动。"]);
    assert_eq!(pos(&i.pos), (24, 2));
    assert_eq!(pos(&i.ops[0].quoted[0].pos), at(&text, 24, "\"技术"));

    assert_eq!(by_id(&n, "二3.").locators(), ["第五条"]);
}

#[test]
fn unreadable_sentences_are_reported_where_they_are_written() {
    let text = read("shanghai-decision.md");
    let n = notice::parse(&text);
    let errors: Vec<(usize, usize, &str)> =
        n.errors().map(|d| (d.pos.line, d.pos.column, d.message.as_str())).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    // [2\.把第三条删了。]{.mark}: 把第三条 reads (把 as 将), 删 is the ninth character of line 26
    assert_eq!((errors[0].0, errors[0].1), (26, 9));
    assert!(errors[0].2.starts_with("二2.: this sentence fits no amendment formula"), "{}", errors[0].2);
    // [把第六条也删了。]{.mark}: the sentence starts with the character after [; 把第六条 reads,
    // 也删了 (the sixth character) does not
    assert_eq!((errors[1].0, errors[1].1), (30, 6));
    assert!(errors[1].2.starts_with("二3.¶2: "), "{}", errors[1].2);
    assert!(errors[1].2.contains("cannot read on from “也删了。”"), "{}", errors[1].2);

    // codespan renders the same place, with the line as written
    let shown = notice::render_diagnostics("shanghai-decision.md", &text, &n.diagnostics, false);
    assert!(shown.contains("shanghai-decision.md:26:9"), "{shown}");
    assert!(shown.contains("shanghai-decision.md:30:6"), "{shown}");
    assert!(shown.contains("[2\\.把第三条删了。]{.mark}"), "{shown}");

    // an unclosed quotation inside a span, before the next instruction: it ends with its paragraph,
    // and the warning points at the quote mark, not the bracket
    let n = notice::parse("关于修改《示例条例》的决定\n一、将第一条修改为：[“甲。]{.mark}\n二、删去第二条。\n");
    assert_eq!(n.errors().count(), 0);
    let d = n.diagnostics.iter().find(|d| d.message.contains("not closed")).expect("a warning");
    assert_eq!(pos(&d.pos), (2, 12));
    assert_eq!(n.instructions().next().unwrap().quoted(), ["甲。"]);
}

/// Each Markdown notice gives the instructions and diagnostics of its plain twin, but for positions.
#[test]
fn markdown_notices_read_like_their_plain_twins() {
    fn summary(n: &Notice) -> Vec<String> {
        let mut out: Vec<String> = n
            .instructions()
            .map(|i| format!("{} {:?} {} {:?} {:?}", i.id, i.section, i.op_name(), i.locators(), i.quoted()))
            .collect();
        out.extend(n.diagnostics.iter().map(|d| d.message.clone()));
        out.extend(n.provisions.iter().map(|p| format!("{:?} {}", p.kind, p.text)));
        out
    }
    for name in ["npc-decision", "state-council-decision", "shanghai-decision"] {
        let md = notice::parse(&read(&format!("{name}.md")));
        let txt = notice::parse(&read(&format!("{name}.txt")));
        assert_eq!(summary(&md), summary(&txt), "{name}");
        assert!(md.instructions().count() >= 4, "{name}");
    }
}

/// Applied, a marked-up quotation writes its text, not its markup.
#[test]
fn a_marked_up_quotation_is_applied_as_text() {
    use amend::apply::{self, ApplyOptions};
    use amend::document;
    let doc = document::parse("中华人民共和国示例法\n\n第一条　甲。\n\n第二条　乙。\n");
    let n = notice::parse(concat!(
        "# 关于修改《[中华人民共和国示例法](https://flk.npc.gov.cn/detail2.html?id=abc)》的决定  #\n\n",
        "[一、将第二条修改为：“**丙**&nbsp;\\*。”]{.mark}\n"
    ));
    assert_eq!(n.errors().count(), 0, "{:?}", n.diagnostics);
    let section = apply::find_section(&n, &doc, None).expect("the section for the document");
    let out = apply::apply(&doc, &n, section, &ApplyOptions::default()).expect("applied");
    assert_eq!(out.text, "中华人民共和国示例法\n\n第一条　甲。\n\n第二条　丙\u{a0}*。\n");
}
