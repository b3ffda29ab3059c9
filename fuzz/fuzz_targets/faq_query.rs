//! FAQ search with the input as the query, over a small index in several
//! languages and locale chains: hits are ranked, their highlight ranges are
//! sorted, non-overlapping, on char boundaries and inside the shown text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use signpost::faq::Index;
use signpost::model::{FaqEntry, Localized, Topic};
use std::sync::OnceLock;

fn loc(pairs: &[(&str, &str)]) -> Localized {
    pairs.iter().map(|(l, t)| (l.to_string(), t.to_string())).collect()
}

fn entry(id: &str, topic: Topic, qa: &[(&str, &str, &str)], keywords: &[(&str, &[&str])]) -> FaqEntry {
    FaqEntry {
        id: id.into(),
        topic,
        question: loc(&qa.iter().map(|(l, q, _)| (*l, *q)).collect::<Vec<_>>()),
        answer: loc(&qa.iter().map(|(l, _, a)| (*l, *a)).collect::<Vec<_>>()),
        keywords: keywords.iter().map(|(l, ws)| (l.to_string(), ws.iter().map(|w| w.to_string()).collect())).collect(),
        related: Vec::new(),
        needs_person: false,
    }
}

fn entries() -> Vec<FaqEntry> {
    use Topic::*;
    vec![
        entry("account-locked", AccountAccess, &[
            ("en-US", "My account is locked after too many wrong passwords. What now?",
             "Wait **30 minutes**, then use *Forgot password* on the [sign-in page](https://help.example.org/unlock).\n\n\
              1. Check your e-mail\n2. Reset the `2FA` code"),
            ("zh-CN", "密码输错太多次，账户被锁定了怎么办？", "请等待30分钟，然后使用**忘记密码**。"),
            ("ru", "Аккаунт заблокирован после нескольких неверных паролей. Что делать?", "Подождите 30 минут и нажмите «Забыли пароль»."),
            ("ar", "تم قفل حسابي بعد عدة محاولات خاطئة. ماذا أفعل؟", "انتظر ٣٠ دقيقة ثم استخدم **نسيت كلمة المرور**."),
        ], &[("en-US", &["frozen", "can't log in"]), ("zh-CN", &["冻结"]), ("ru", &["заморожен"])]),
        entry("withdrawal-failed", DepositWithdrawal, &[
            ("en-US", "Why did my withdrawal fail?",
             "A withdrawal fails when the address or network is wrong.\n\n- Check the network\n- Check the memo: see [fees](https://help.example.org/fees)"),
            ("zh-CN", "为什么我的提现失败了？", "地址或网络错误时，提现会失败。失败的提现会退回您的余额。"),
            ("zh-TW", "為什麼我的提領失敗了？", "地址或網路錯誤時，提領會失敗。"),
            ("ja", "出金が失敗したのはなぜですか？", "アドレスやネットワークが間違っていると出金は失敗します。"),
            ("ru", "Почему не прошёл вывод средств?", "Вывод может не пройти, если адрес или сеть указаны неверно."),
            ("ar", "لماذا فشل السَّحب؟", "يفشل السحب إذا كان العنوان أو الشبكة غير صحيحة."),
        ], &[("en-US", &["withdraw", "payout"]), ("ar", &["سحب"])]),
        entry("fees", Fees, &[
            ("en-US", "What are the trading fees?", "Fees are 0.1 % per trade. *Maker* and _taker_ fees differ; see \\*details\\*."),
            ("ko", "거래 수수료는 얼마인가요?", "수수료는 거래당 0.1%입니다."),
            ("es", "¿Cuáles son las comisiones?", "Las comisiones son del 0,1 % por operación."),
        ], &[]),
        entry("phishing", Security, &[
            ("en-US", "Someone asks for my recovery phrase", "Never share it. Staff will never ask for it. Report it: [mail](mailto:security@example.org)."),
            ("zh-CN", "有人索要我的助记词", "永远不要分享助记词。"),
            ("ru", "У меня просят сид-фразу", "Никогда не сообщайте её."),
        ], &[("en-US", &["seed", "scam", "ﬁshing"])]),
        entry("only-german", Other, &[("de", "Nur auf Deutsch: Straße", "Größe, Maße")], &[]),
    ]
}

struct Fixture {
    entries: Vec<FaqEntry>,
    indexes: Vec<Index>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let entries = entries();
        let chains: &[&[&str]] = &[&["en-US"], &["zh-CN", "en-US"], &["ru", "en-US"], &["ar", "en-US"], &["ja", "zh-TW", "en-US"], &["de"]];
        let indexes = chains.iter().map(|c| Index::build(&entries, c)).collect();
        Fixture { entries, indexes }
    })
}

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let f = fixture();
    for index in &f.indexes {
        signpost_fuzz::check_search(&f.entries, index, &query);
    }
});
