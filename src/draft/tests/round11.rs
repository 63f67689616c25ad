//! Round 11: kinds of claims missed on real reports (countries named by
//! their adjective beyond the first lexicon, ...). Sentences written for
//! these tests.

use super::*;

#[test]
fn a_minister_of_a_country_named_by_its_adjective_speaks_for_it() {
    let got = read("Malaysian Prime Minister Tan Wei Ming proposed a border truce on Monday.");
    let proposes = of(&got, "proposes");
    assert_eq!(proposes.len(), 1, "{got:#?}");
    assert_eq!(proposes[0].0, "malaysia");
    assert_eq!(proposes[0].2, "border truce");
    let d = drafted("Malaysian Prime Minister Tan Wei Ming proposed a border truce on Monday.");
    let member = d
        .claims
        .iter()
        .find(|c| c.relation == Some(Relation::MemberOf));
    let member = member.expect("the title makes the minister a member");
    assert_eq!(member.target.as_deref(), Some("malaysia"));
    assert_eq!(member.quote, "Malaysian Prime Minister Tan Wei Ming");
    let d = drafted("Cambodian officials rejected the border truce plan.");
    assert_eq!(d.claims[0].holder, "cambodia");
}
