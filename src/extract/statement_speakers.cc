#include "extract/statement_speakers.h"

namespace sitrep::extract {
namespace {

std::string_view LastWord(std::string_view name) {
  std::size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

// FoldWord(word), written into `buf` when it fits there (nearly every
// name), else into `heap`: a name folded to be compared is not kept, and a
// std::string for it cost more than the comparisons.
constexpr std::size_t kFoldBuffer = 64;
std::string_view FoldedView(std::string_view word, char (&buf)[kFoldBuffer], std::string& heap) {
  if (word.size() <= kFoldBuffer) return std::string_view(buf, FoldWordTo(word, buf));
  heap = FoldWord(word);
  return heap;
}

// Copies what `from` knows into `to` where `to` knows nothing.
void Complete(Speaker& to, const Speaker& from, bool take_via) {
  if (!from.name.empty()) to.name = from.name;
  if (!from.role.empty() && (to.role.empty() || to.name.empty() || to.definite)) to.role = from.role;
  if (!from.org.empty() && to.org.empty()) to.org = from.org;
  if (take_via && to.via.empty()) to.via = from.via;
  if (to.head.empty()) to.head = from.head;
  if (!to.name.empty()) to.kind = Speaker::Kind::kPerson;
}

}  // namespace

int SpeakerMemory::FindPerson(const std::string& name) const {
  if (known_.empty()) return -1;  // nobody to find: the name is not folded
  char buf[kFoldBuffer];
  std::string heap;
  return FindFoldedPerson(FoldedView(name, buf, heap), name.find(' ') == std::string::npos);
}

int SpeakerMemory::FindFoldedPerson(std::string_view folded, bool single) const {
  // Compared folded on the fly (FoldsTo): a FoldWord string per remembered
  // name and per lookup cost more than the rest of NoteNames.
  for (int i = static_cast<int>(known_.size()) - 1; i >= 0; --i) {
    const Speaker& k = known_[i];
    if (k.name.empty()) continue;
    if (FoldsTo(k.name, folded)) return i;
    if (single && FoldsTo(LastWord(k.name), folded)) return i;
  }
  return -1;
}

// A title head that names one person ("chief", "spokesman", "official"),
// not a group ("officials", "sources"): English plurals end in "s" (but not
// "ss": "boss").
bool SpeakerMemory::SingularHead(const std::string& head) {
  if (head.empty()) return false;
  return head.back() != 's' || head.ends_with("ss");
}

int SpeakerMemory::Remember(const Speaker& s) {
  if (known_.size() >= kMaxKnown) {
    known_.erase(known_.begin(), known_.begin() + kMaxKnown / 2);
    last_person_ = last_person_ >= static_cast<int>(kMaxKnown / 2) ? last_person_ - static_cast<int>(kMaxKnown / 2) : -1;
  }
  known_.push_back(s);
  return static_cast<int>(known_.size()) - 1;
}

const Speaker* SpeakerMemory::FindByHead(std::string_view head) const {
  if (head.empty()) return nullptr;
  for (auto it = known_.rbegin(); it != known_.rend(); ++it) {
    if (it->head == head) return &*it;
  }
  return nullptr;
}

bool SpeakerMemory::Resolve(Speaker& s) {
  switch (s.kind) {
    case Speaker::Kind::kPronoun: {
      auto gender = t_.pronouns.find(s.head);
      if (gender != t_.pronouns.end() && gender->second == 'n') {
        if (!last_org_) return false;
        std::string via = s.via;
        s = *last_org_;
        if (!via.empty()) s.via = via;
        return true;
      }
      if (last_person_ < 0) return false;
      Complete(s, known_[last_person_], /*take_via=*/true);
      return true;
    }
    case Speaker::Kind::kPerson: {
      int i = FindPerson(s.name);
      bool single = s.name.find(' ') == std::string::npos;
      if (i >= 0) {
        Speaker before = known_[i];
        Complete(s, before, /*take_via=*/single);
        if (s.role.empty()) s.role = before.role;
        known_[i].role = s.role.empty() ? known_[i].role : s.role;
        if (known_[i].org.empty()) known_[i].org = s.org;
        if (known_[i].via.empty()) known_[i].via = s.via;
        last_person_ = i;
      } else if (single && s.role.empty() && !t_.person_surnames.contains(FoldWord(s.name))) {
        // A lone capitalised word nobody named before reads as an
        // institution ("Moscow said", "Kabul says"), not a person, unless
        // it is a well-known person's name ("Netanyahu said").
        s.kind = Speaker::Kind::kOrganization;
        s.org = s.name;
        s.name.clear();
      } else {
        last_person_ = Remember(s);
      }
      return true;
    }
    case Speaker::Kind::kRole: {
      if (s.definite) {
        bool generic = t_.generic_heads.contains(s.head);
        std::string org = FoldWord(s.org);
        for (int i = static_cast<int>(known_.size()) - 1; i >= 0; --i) {
          const Speaker& k = known_[i];
          if (k.head != s.head && !(generic && !k.name.empty())) continue;
          if (!org.empty() && FoldWord(k.org) != org && FoldWord(k.role).find(org) == std::string::npos) continue;
          Complete(s, k, /*take_via=*/true);
          if (!k.name.empty() || SingularHead(k.head)) last_person_ = i;
          return true;
        }
      }
      // "The NATO chief told reporters ... \"...\", he said": one person
      // known by title alone is who a later "he" or "she" is.
      {
        const int i = Remember(s);
        if (SingularHead(s.head)) last_person_ = i;
      }
      return true;
    }
    case Speaker::Kind::kOrganization:
    case Speaker::Kind::kDocument:
      if (!s.org.empty()) last_org_ = s;
      return true;
  }
  return true;
}

void SpeakerMemory::NoteName(const Speaker& s) {
  // A lone word is a name only after a title ("Prince Andrew").
  if (s.kind != Speaker::Kind::kPerson || (s.name.find(' ') == std::string::npos && s.role.empty())) return;
  if (known_.empty()) {  // the document's first name: nothing to compare it with, nor to fold it for
    Remember(s);
    return;
  }
  char buf[kFoldBuffer];
  std::string heap;
  const std::string_view folded = FoldedView(s.name, buf, heap);
  const int i = FindFoldedPerson(folded, s.name.find(' ') == std::string::npos);
  if (i >= 0 && FoldsTo(known_[i].name, folded)) {
    if (known_[i].role.empty()) known_[i].role = s.role;
    if (known_[i].org.empty()) known_[i].org = s.org;
    return;
  }
  Remember(s);
}

void SpeakerMemory::NoteSubject(const Speaker& s) {
  if (s.kind != Speaker::Kind::kPerson || s.name.empty()) return;
  if (s.name.find(' ') == std::string::npos && FindPerson(s.name) < 0) return;
  Speaker copy = s;
  Resolve(copy);
}

}  // namespace sitrep::extract
