// Options shared by the cleaners. Each default is what a news analyst wants;
// change one only to study the cleaner itself.
#ifndef SITREP_CLEAN_OPTIONS_H_
#define SITREP_CLEAN_OPTIONS_H_

namespace sitrep::clean {

struct CleanOptions {
  // Keep reader comments as kComment blocks (true) or drop them from the
  // rendered text altogether (false). They never count as body either way.
  bool keep_comments = true;
};

}  // namespace sitrep::clean

#endif  // SITREP_CLEAN_OPTIONS_H_
