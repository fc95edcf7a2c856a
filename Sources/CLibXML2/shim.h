/* libxml2 is built with ICU here; its headers would pull the system's ICU (unicode/ucnv.h),
   whose enums clash with Foundation's own copy (_FoundationICU) in any Swift module that also
   imports Foundation. Khabar never touches libxml2's ICU converters, so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
