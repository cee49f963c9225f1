// English irregular verbs (internal to the parser, shared by the event layer and the tense cues of
// the time expressions): the past tense and past participle of the verbs whose forms no suffix
// rule gives ("keep" -> "kept", "lead" -> "led", "take" -> "took", "taken"). The lexicon inflects
// its triggers with it; the tokenizer reads a past form of a verb no trigger names as a likely past
// verb, and the tense of a date's clause reads it as a past, as both read an unknown word in -ed.
//
// A closed class of the language, not a list fitted to documents. A past form spelt like its base
// ("cut", "set") is a past only by its subject (the tense cues read it so: context.cpp); one more
// often another word in news ("ground", "bound", "a shot") is no sign of a past verb on its own.
#pragma once

#include <string_view>

namespace annalist::english {

struct IrregularVerb {
  std::string_view base, past, participle;
};

inline constexpr IrregularVerb irregular_verbs[] = {
    {"arise", "arose", "arisen"},
    {"awake", "awoke", "awoken"},
    {"bear", "bore", "borne"},
    {"beat", "beat", "beaten"},
    {"become", "became", "become"},
    {"befall", "befell", "befallen"},
    {"begin", "began", "begun"},
    {"behold", "beheld", "beheld"},
    {"bend", "bent", "bent"},
    {"bind", "bound", "bound"},
    {"bite", "bit", "bitten"},
    {"bleed", "bled", "bled"},
    {"blow", "blew", "blown"},
    {"break", "broke", "broken"},
    {"breed", "bred", "bred"},
    {"bring", "brought", "brought"},
    {"build", "built", "built"},
    {"burn", "burnt", "burnt"},
    {"buy", "bought", "bought"},
    {"catch", "caught", "caught"},
    {"choose", "chose", "chosen"},
    {"cling", "clung", "clung"},
    {"come", "came", "come"},
    {"creep", "crept", "crept"},
    {"deal", "dealt", "dealt"},
    {"dig", "dug", "dug"},
    {"draw", "drew", "drawn"},
    {"drink", "drank", "drunk"},
    {"drive", "drove", "driven"},
    {"dwell", "dwelt", "dwelt"},
    {"eat", "ate", "eaten"},
    {"fall", "fell", "fallen"},
    {"feed", "fed", "fed"},
    {"feel", "felt", "felt"},
    {"fight", "fought", "fought"},
    {"find", "found", "found"},
    {"flee", "fled", "fled"},
    {"fling", "flung", "flung"},
    {"fly", "flew", "flown"},
    {"forbid", "forbade", "forbidden"},
    {"forecast", "forecast", "forecast"},
    {"foresee", "foresaw", "foreseen"},
    {"foretell", "foretold", "foretold"},
    {"forget", "forgot", "forgotten"},
    {"forgive", "forgave", "forgiven"},
    {"forgo", "forwent", "forgone"},
    {"forsake", "forsook", "forsaken"},
    {"freeze", "froze", "frozen"},
    {"get", "got", "gotten"},
    {"give", "gave", "given"},
    {"go", "went", "gone"},
    {"grind", "ground", "ground"},
    {"grow", "grew", "grown"},
    {"hang", "hung", "hung"},
    {"hear", "heard", "heard"},
    {"hide", "hid", "hidden"},
    {"hold", "held", "held"},
    {"keep", "kept", "kept"},
    {"kneel", "knelt", "knelt"},
    {"know", "knew", "known"},
    {"lay", "laid", "laid"},
    {"lead", "led", "led"},
    {"leap", "leapt", "leapt"},
    {"leave", "left", "left"},
    {"lend", "lent", "lent"},
    {"lie", "lay", "lain"},
    {"light", "lit", "lit"},
    {"lose", "lost", "lost"},
    {"make", "made", "made"},
    {"mean", "meant", "meant"},
    {"meet", "met", "met"},
    {"mislead", "misled", "misled"},
    {"mistake", "mistook", "mistaken"},
    {"outgrow", "outgrew", "outgrown"},
    {"outrun", "outran", "outrun"},
    {"overcome", "overcame", "overcome"},
    {"override", "overrode", "overridden"},
    {"overrun", "overran", "overrun"},
    {"oversee", "oversaw", "overseen"},
    {"overtake", "overtook", "overtaken"},
    {"overthrow", "overthrew", "overthrown"},
    {"pay", "paid", "paid"},
    {"rebuild", "rebuilt", "rebuilt"},
    {"remake", "remade", "remade"},
    {"retake", "retook", "retaken"},
    {"retell", "retold", "retold"},
    {"rethink", "rethought", "rethought"},
    {"rewrite", "rewrote", "rewritten"},
    {"ride", "rode", "ridden"},
    {"ring", "rang", "rung"},
    {"rise", "rose", "risen"},
    {"run", "ran", "run"},
    {"say", "said", "said"},
    {"see", "saw", "seen"},
    {"seek", "sought", "sought"},
    {"sell", "sold", "sold"},
    {"send", "sent", "sent"},
    {"shake", "shook", "shaken"},
    {"shine", "shone", "shone"},
    {"shoot", "shot", "shot"},
    {"show", "showed", "shown"},
    {"shrink", "shrank", "shrunk"},
    {"sink", "sank", "sunk"},
    {"sit", "sat", "sat"},
    {"slay", "slew", "slain"},
    {"sleep", "slept", "slept"},
    {"slide", "slid", "slid"},
    {"speak", "spoke", "spoken"},
    {"speed", "sped", "sped"},
    {"spend", "spent", "spent"},
    {"spin", "spun", "spun"},
    {"spring", "sprang", "sprung"},
    {"stand", "stood", "stood"},
    {"steal", "stole", "stolen"},
    {"stick", "stuck", "stuck"},
    {"sting", "stung", "stung"},
    {"stride", "strode", "stridden"},
    {"strike", "struck", "struck"},
    {"strive", "strove", "striven"},
    {"swear", "swore", "sworn"},
    {"sweep", "swept", "swept"},
    {"swim", "swam", "swum"},
    {"swing", "swung", "swung"},
    {"take", "took", "taken"},
    {"teach", "taught", "taught"},
    {"tear", "tore", "torn"},
    {"tell", "told", "told"},
    {"think", "thought", "thought"},
    {"throw", "threw", "thrown"},
    {"tread", "trod", "trodden"},
    {"undergo", "underwent", "undergone"},
    {"understand", "understood", "understood"},
    {"undertake", "undertook", "undertaken"},
    {"underwrite", "underwrote", "underwritten"},
    {"uphold", "upheld", "upheld"},
    {"wake", "woke", "woken"},
    {"wear", "wore", "worn"},
    {"weave", "wove", "woven"},
    {"weep", "wept", "wept"},
    {"win", "won", "won"},
    {"wind", "wound", "wound"},
    {"withdraw", "withdrew", "withdrawn"},
    {"withhold", "withheld", "withheld"},
    {"withstand", "withstood", "withstood"},
    {"write", "wrote", "written"},
    // Past and participle spelt like the base: the base form is read as a past where that matters.
    {"bet", "bet", "bet"},
    {"bid", "bid", "bid"},
    {"broadcast", "broadcast", "broadcast"},
    {"burst", "burst", "burst"},
    {"cast", "cast", "cast"},
    {"cost", "cost", "cost"},
    {"cut", "cut", "cut"},
    {"hit", "hit", "hit"},
    {"hurt", "hurt", "hurt"},
    {"let", "let", "let"},
    {"put", "put", "put"},
    {"quit", "quit", "quit"},
    {"read", "read", "read"},
    {"set", "set", "set"},
    {"shed", "shed", "shed"},
    {"shut", "shut", "shut"},
    {"slit", "slit", "slit"},
    {"split", "split", "split"},
    {"spread", "spread", "spread"},
    {"thrust", "thrust", "thrust"},
    {"upset", "upset", "upset"},
    {"wed", "wed", "wed"},
};

// Regular pasts of four letters, which the test of spelling ("-ed" after three letters or more)
// leaves out with "need", "feed", "seed": "The author died on Sunday".
inline constexpr std::string_view short_regular_pasts[] = {"died", "tied", "lied", "vied", "owed"};

// Whether `w` (lower case) is a regular past tense or participle by its spelling: "-ed" after three
// letters or more ("resigned", "owned"), or one of short_regular_pasts.
bool is_regular_past_form(std::string_view w);

// The irregular verb whose base is `base`, or nullptr.
const IrregularVerb* irregular_verb(std::string_view base);

// Past forms that more often name something else in news: a noun, an adjective, a preposition's
// companion, a weekday ("common ground", "bound for", "a bit", "a saw", "a slew of", "Sat 3pm",
// "Wed at noon").
// The others ("left", "found", "rose") are verbs more often than not in news, and read as verbs.
bool is_ambiguous_past_form(std::string_view w);

// Whether `w` is the past tense or participle of an irregular verb, spelt unlike its base and
// not more often another word: "kept", "led", "taken", "withdrew".
bool is_irregular_past_form(std::string_view w);

// Whether `w` is any past tense or participle of an irregular verb, ambiguous or spelt as its base
// ("left", "found", "put", "come"): after "has" or "have" it makes a perfect.
bool is_irregular_form(std::string_view w);

// Whether `w` is only ever the participle of an irregular verb, never its past tense: "taken",
// "seen", "chosen". Without an auxiliary it opens a reduced relative clause ("charges taken in the
// quarter", "the swings seen last week"), not a past verb of its own.
bool is_irregular_participle_only(std::string_view w);

}  // namespace annalist::english
