// English irregular verbs: the look-ups (irregular_verbs.hpp). Out of line, so that the tables are
// built in one place and the files that ask stay small.
#include "english/irregular_verbs.hpp"

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <vector>

namespace annalist::english {
namespace {

// The sorted forms of the table that `keep` keeps, built once.
template <typename Keep>
std::vector<std::string_view> sorted_forms(Keep keep) {
  std::vector<std::string_view> v;
  for (const IrregularVerb& verb : irregular_verbs)
    for (const std::string_view form : {verb.past, verb.participle})
      if (keep(verb, form)) v.push_back(form);
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

}  // namespace

const IrregularVerb* irregular_verb(std::string_view base) {
  const auto it = std::find_if(std::begin(irregular_verbs), std::end(irregular_verbs),
                               [&](const IrregularVerb& v) { return v.base == base; });
  return it == std::end(irregular_verbs) ? nullptr : &*it;
}

bool is_ambiguous_past_form(std::string_view w) {
  static constexpr std::string_view ambiguous[] = {"lay",  "ground", "bound", "lit", "wound", "bit", "fed",
                                                   "hung", "shot",   "sat",   "saw", "wed",   "slew"};
  return std::find(std::begin(ambiguous), std::end(ambiguous), w) != std::end(ambiguous);
}

// Asked of every lower-case word of a document: a sorted table.
bool is_regular_past_form(std::string_view w) {
  return (w.size() > 4 && w.ends_with("ed")) ||
         std::find(std::begin(short_regular_pasts), std::end(short_regular_pasts), w) != std::end(short_regular_pasts);
}

bool is_irregular_past_form(std::string_view w) {
  static const std::vector<std::string_view> forms = sorted_forms([](const IrregularVerb& verb, std::string_view form) {
    return form != verb.base && !is_ambiguous_past_form(form);
  });
  return std::binary_search(forms.begin(), forms.end(), w);
}

bool is_irregular_form(std::string_view w) {
  static const std::vector<std::string_view> forms =
      sorted_forms([](const IrregularVerb&, std::string_view) { return true; });
  return std::binary_search(forms.begin(), forms.end(), w);
}

bool is_irregular_participle_only(std::string_view w) {
  bool participle = false, past = false;
  for (const IrregularVerb& v : irregular_verbs) {
    participle = participle || (v.participle == w && v.participle != v.base);
    past = past || v.past == w;
  }
  return participle && !past;
}

}  // namespace annalist::english
