// The actor identity rule: which names of a timeline name one actor (see actors.hpp).
#include <annalist/engine/actors.hpp>
#include <annalist/engine/text.hpp>

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>
#include <utility>

namespace annalist {

namespace {

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || is_ascii_upper(c); }

struct Word {
  std::string key;       // ASCII lower case, a final "." dropped: "co." and "Co" are one word
  bool initial = false;  // one letter, with or without its dot: "C.", "C"
  bool lower = false;    // starts with a lower-case letter: "of", "and", "de"
};

// A name as words. The key joins the words' keys: names equal but for case and final dots share it.
struct ParsedName {
  std::vector<Word> words;
  std::size_t initials = 0;
  std::string key;
};

ParsedName parse_name(std::string_view name) {
  ParsedName out;
  std::size_t at = 0;
  while (at < name.size()) {
    while (at < name.size() && (name[at] == ' ' || name[at] == '\t')) ++at;
    std::size_t end = at;
    while (end < name.size() && name[end] != ' ' && name[end] != '\t') ++end;
    if (end == at) break;
    std::string_view text = name.substr(at, end - at);
    at = end;
    if (text.size() > 1 && text.back() == '.') text.remove_suffix(1);
    Word w;
    w.key.reserve(text.size());
    for (const char c : text) w.key += ascii_lower(c);
    w.initial = text.size() == 1 && is_ascii_letter(text[0]);
    w.lower = text[0] >= 'a' && text[0] <= 'z';
    out.initials += w.initial ? 1 : 0;
    if (!out.key.empty()) out.key += ' ';
    out.key += w.key;
    out.words.push_back(std::move(w));
  }
  return out;
}

// A word of the shorter name stands for a word of the longer one: the same word, or its initial.
bool stands_for(const Word& shorter, const Word& longer) {
  return shorter.key == longer.key || (shorter.initial && !longer.initial && longer.key[0] == shorter.key[0]);
}

// Words that, put before a name, name another place or body: "Northern Ireland" is not Ireland,
// "South Africa" not Africa, "the National Security Council" not the (UN) Security Council. A
// closed class of English (compass points and the like), not a list of names.
bool makes_another_entity(std::string_view word) {
  static constexpr std::string_view modifiers[] = {"north",    "south",   "east",    "west",    "northern",
                                                   "southern", "eastern", "western", "central", "new",
                                                   "national", "upper",   "lower",   "greater"};
  return std::find(std::begin(modifiers), std::end(modifiers), word) != std::end(modifiers);
}

// A head noun of institutions: said alone ("the Union", "the Commission") it names whichever body
// the document is about, so it is no short form of one longer name on the strength of the words
// alone. A closed class of English, like the modifiers above.
bool is_institution_noun(std::string_view word) {
  static constexpr std::string_view nouns[] = {
      "union",        "council",        "commission", "committee",  "court",       "bank",        "party",
      "parliament",   "assembly",       "ministry",   "department", "agency",      "government",  "army",
      "senate",       "congress",       "house",      "fund",       "board",       "authority",   "office",
      "alliance",     "coalition",      "front",      "league",     "federation",  "association", "organization",
      "organisation", "institute",      "university", "company",    "corporation", "group",       "tribunal",
      "cabinet",      "administration", "forces",     "police",     "navy",        "federal",     "republic"};
  return std::find(std::begin(nouns), std::end(nouns), word) != std::end(nouns);
}

bool extends(const ParsedName& longer, const ParsedName& shorter) {
  const std::size_t n = longer.words.size(), m = shorter.words.size();
  if (m == 0 || m > n || longer.key == shorter.key) return false;
  const Word& last = longer.words.back();
  if (last.initial || last.key != shorter.words.back().key) return false;
  // The other words in order; taking the earliest fitting word each time finds a fit if one exists.
  std::size_t j = 0, first_match = n - 1;
  for (std::size_t i = 0; i + 1 < m; ++i) {
    while (j + 1 < n && !stands_for(shorter.words[i], longer.words[j])) ++j;
    if (j + 1 >= n) return false;
    // A middle initial the shorter name leaves out right after a word it keeps tells two people
    // of one name apart: "George Bush" is not "George W. Bush" (his father was George H. W.
    // Bush). "President Bush" drops the given names altogether and may be either.
    if (longer.words[j + 1].initial && !stands_for(shorter.words[i + 1], longer.words[j + 1])) return false;
    if (i == 0) first_match = j;
    ++j;
  }
  if (first_match > 0) {
    // "Bank of Kuwait" names a bank, not Kuwait; "Treaty of Ciudad Juárez" a treaty: what follows a
    // lower-case word is not the name's head.
    const Word& before = longer.words[first_match - 1];
    if (before.lower || makes_another_entity(before.key)) return false;
  }
  // "Soviet Ukraine and Soviet Russia" lists several: its last member alone is not a form of it.
  for (std::size_t w = 0; w < first_match; ++w)
    if (longer.words[w].key == "and" || longer.words[w].key == "&") return false;
  return true;
}

// The capitals of a one-word acronym ("U.N." -> "UN"); empty when `name` is not one.
std::string acronym_letters(std::string_view name) {
  std::string letters;
  for (const char c : name) {
    if (is_ascii_upper(c))
      letters += c;
    else if (c != '.')
      return {};
  }
  return letters.size() >= 2 ? letters : std::string{};
}

// The initials of the capitalised words of a name of two or more words; empty otherwise.
std::string capital_initials(std::string_view name) {
  std::string initials;
  std::size_t words = 0;
  for (std::size_t at = 0; at < name.size();) {
    while (at < name.size() && name[at] == ' ') ++at;
    if (at == name.size()) break;
    ++words;
    if (is_ascii_upper(name[at])) initials += name[at];
    while (at < name.size() && name[at] != ' ') ++at;
  }
  return words >= 2 && initials.size() >= 2 ? initials : std::string{};
}

}  // namespace

bool is_shorter_form(std::string_view shorter, std::string_view longer) {
  return extends(parse_name(longer), parse_name(shorter));
}

bool is_acronym_of(std::string_view acronym, std::string_view name) {
  const std::string letters = acronym_letters(acronym);
  return !letters.empty() && letters == capital_initials(name);
}

ActorGroups group_actor_names(std::span<const std::string_view> names, std::span<const std::uint32_t> mentions,
                              const NamedTogether& named_together, std::span<const std::uint8_t> also_place) {
  const auto mentions_of = [&](std::size_t i) -> std::uint32_t { return i < mentions.size() ? mentions[i] : 0; };

  // Forms: the names that differ only in case or final dots, as one.
  std::vector<ParsedName> forms;
  std::vector<std::vector<std::uint32_t>> form_names;
  std::vector<std::uint32_t> form_of(names.size());
  std::vector<bool> form_is_place;  // some spelling of the form is also given as a place
  {
    std::unordered_map<std::string, std::uint32_t> form_by_key;
    for (std::size_t i = 0; i < names.size(); ++i) {
      ParsedName parsed = parse_name(names[i]);
      const auto [it, fresh] = form_by_key.try_emplace(parsed.key, static_cast<std::uint32_t>(forms.size()));
      if (fresh) {
        forms.push_back(std::move(parsed));
        form_names.emplace_back();
        form_is_place.push_back(false);
      }
      if (i < also_place.size() && also_place[i]) form_is_place[it->second] = true;
      form_of[i] = it->second;
      form_names[it->second].push_back(static_cast<std::uint32_t>(i));
    }
  }

  // Shorter forms join longer ones. Only names with the same last word can be forms of each
  // other: each bucket is decided on its own, the longest and least abbreviated names first, so
  // that every longer form of a name has its group when the name is decided.
  constexpr auto none = static_cast<std::uint32_t>(-1);
  std::vector<std::uint32_t> group_of(forms.size(), none);
  std::uint32_t groups = 0;
  // Buckets as runs of one list, counting-sorted by last word: thousands of one-name buckets then
  // cost a table entry each, not a container.
  std::vector<std::uint32_t> bucket_of(forms.size(), none);
  std::vector<std::uint32_t> bucket_start;  // bucket -> count, then start in by_last_word
  {
    std::unordered_map<std::string_view, std::uint32_t> bucket_by_word;
    bucket_by_word.reserve(forms.size());
    for (std::uint32_t f = 0; f < forms.size(); ++f) {
      if (forms[f].words.empty() || forms[f].words.back().initial) continue;
      const auto [it, fresh] =
          bucket_by_word.try_emplace(forms[f].words.back().key, static_cast<std::uint32_t>(bucket_start.size()));
      if (fresh) bucket_start.push_back(0);
      bucket_of[f] = it->second;
      ++bucket_start[it->second];
    }
  }
  std::uint32_t placed = 0;
  for (auto& start : bucket_start) placed += std::exchange(start, placed);
  bucket_start.push_back(placed);
  std::vector<std::uint32_t> by_last_word(placed);
  {
    std::vector<std::uint32_t> next(bucket_start.begin(), bucket_start.end() - 1);
    for (std::uint32_t f = 0; f < forms.size(); ++f)
      if (bucket_of[f] != none) by_last_word[next[bucket_of[f]]++] = f;
  }
  for (std::size_t b = 0; b + 1 < bucket_start.size(); ++b) {
    const std::span<std::uint32_t> bucket(by_last_word.data() + bucket_start[b], bucket_start[b + 1] - bucket_start[b]);
    if (bucket.size() == 1) continue;  // a name of its own (given a group below)
    std::stable_sort(bucket.begin(), bucket.end(), [&](std::uint32_t a, std::uint32_t c) {
      if (forms[a].words.size() != forms[c].words.size()) return forms[a].words.size() > forms[c].words.size();
      return forms[a].initials < forms[c].initials;
    });
    // In a big bucket (the names ending in "Inc"), a longer form must hold every full word of the
    // shorter name: only the forms holding its rarest such word are looked at.
    std::unordered_map<std::string_view, std::vector<std::uint32_t>> holding;  // word -> places in bucket
    const bool indexed = bucket.size() > 32;
    if (indexed)
      for (std::uint32_t at = 0; at < bucket.size(); ++at) {
        const auto& words = forms[bucket[at]].words;
        for (std::size_t w = 0; w + 1 < words.size(); ++w) {
          auto& list = holding[words[w].key];
          if (list.empty() || list.back() != at) list.push_back(at);
        }
      }
    static const std::vector<std::uint32_t> nothing;
    for (std::size_t s = 0; s < bucket.size(); ++s) {
      const std::uint32_t shorter = bucket[s];
      const std::vector<std::uint32_t>* candidates = nullptr;  // null: every longer form
      if (indexed)
        for (std::size_t w = 0; w + 1 < forms[shorter].words.size(); ++w) {
          const Word& word = forms[shorter].words[w];
          if (word.initial) continue;
          const auto it = holding.find(word.key);
          const std::vector<std::uint32_t>& list = it == holding.end() ? nothing : it->second;
          if (!candidates || list.size() < candidates->size()) candidates = &list;
        }
      // A place's name is no short form of another name; an institution noun said alone joins
      // only with a document's evidence (below).
      if (form_is_place[shorter] ||
          (forms[shorter].words.size() == 1 && is_institution_noun(forms[shorter].words[0].key))) {
        group_of[shorter] = groups++;
        continue;
      }
      std::uint32_t joined = none;
      bool ambiguous = false;
      const auto consider = [&](std::size_t l) {
        if (!extends(forms[bucket[l]], forms[shorter])) return;
        if (joined == none)
          joined = group_of[bucket[l]];
        else if (joined != group_of[bucket[l]])
          ambiguous = true;
      };
      if (candidates) {
        for (std::size_t c = 0; c < candidates->size() && (*candidates)[c] < s && !ambiguous; ++c)
          consider((*candidates)[c]);
      } else {
        for (std::size_t l = 0; l < s && !ambiguous; ++l) consider(l);
      }
      group_of[shorter] = joined != none && !ambiguous ? joined : groups++;
    }
  }
  for (auto& g : group_of)
    if (g == none) g = groups++;

  // Acronyms join the one actor whose long name the same document's events also name.
  std::unordered_map<std::string, std::vector<std::uint32_t>> forms_by_initials;
  for (std::uint32_t f = 0; f < forms.size(); ++f)
    if (const std::string initials = capital_initials(names[form_names[f].front()]); !initials.empty())
      forms_by_initials[initials].push_back(f);
  std::vector<std::uint32_t> group_size(groups, 0);
  for (const auto g : group_of) ++group_size[g];
  // Joins form `a`, an actor of its own so far, to the one group among `candidates` (forms) that
  // some document names together with it; to none when there are several.
  const auto join_the_one_named_together = [&](std::uint32_t a, const std::vector<std::uint32_t>& candidates) {
    std::uint32_t joined = none;
    for (const std::uint32_t f : candidates) {
      if (group_of[f] == joined) continue;
      bool together = false;
      for (const auto i : form_names[a])
        for (const auto j : form_names[f]) together = together || named_together(i, j);
      if (!together) continue;
      if (joined != none) return;  // ambiguous
      joined = group_of[f];
    }
    if (joined == none) return;
    --group_size[group_of[a]];
    group_of[a] = joined;
    ++group_size[joined];
  };
  for (std::uint32_t a = 0; a < forms.size() && !forms_by_initials.empty(); ++a) {
    if (group_size[group_of[a]] != 1) continue;  // already an actor with other names
    const std::string letters = acronym_letters(names[form_names[a].front()]);
    if (letters.empty()) continue;
    const auto candidates = forms_by_initials.find(letters);
    if (candidates != forms_by_initials.end()) join_the_one_named_together(a, candidates->second);
  }

  // An institution noun said alone ("Union", "Commission") joins the one longer name it ends that
  // the same document's events also name ("European Commission"), not "Soviet Union" from
  // another document.
  for (std::uint32_t a = 0; a < forms.size(); ++a) {
    if (forms[a].words.size() != 1 || !is_institution_noun(forms[a].words[0].key) || group_size[group_of[a]] != 1)
      continue;
    std::vector<std::uint32_t> longer;
    for (std::uint32_t f = 0; f < forms.size(); ++f)
      if (f != a && extends(forms[f], forms[a])) longer.push_back(f);
    join_the_one_named_together(a, longer);
  }

  // Dense actor ids in the order of the names' first appearance; each shown under its fullest name.
  ActorGroups out;
  out.actor_of.resize(names.size());
  std::vector<std::uint32_t> actor_of_group(groups, none);
  const auto fuller = [&](std::uint32_t a, std::uint32_t b) {  // name a shows an actor better than b
    const ParsedName &x = forms[form_of[a]], &y = forms[form_of[b]];
    if (x.words.size() != y.words.size()) return x.words.size() > y.words.size();
    if (x.initials != y.initials) return x.initials < y.initials;
    if (mentions_of(a) != mentions_of(b)) return mentions_of(a) > mentions_of(b);
    return names[a] < names[b];
  };
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::uint32_t& actor = actor_of_group[group_of[form_of[i]]];
    if (actor == none) {
      actor = static_cast<std::uint32_t>(out.display.size());
      out.display.push_back(static_cast<std::uint32_t>(i));
    } else if (fuller(static_cast<std::uint32_t>(i), out.display[actor])) {
      out.display[actor] = static_cast<std::uint32_t>(i);
    }
    out.actor_of[i] = actor;
  }
  return out;
}

}  // namespace annalist
