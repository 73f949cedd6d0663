// The one C door to ncursesw. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so
// the wide-character API is switched on here before the include; macros that
// Swift cannot import are re-exported as constants and inline functions.
#ifndef TAFEL_CNCURSESW_SHIM_H
#define TAFEL_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncurses.h>
#include <term.h>
#include <sys/ioctl.h>

// wcwidth is hidden from Glibc without _XOPEN_SOURCE.
extern int wcwidth(wchar_t c);

static const attr_t tafel_A_NORMAL = A_NORMAL;
static const attr_t tafel_A_BOLD = A_BOLD;
static const attr_t tafel_A_REVERSE = A_REVERSE;
static const attr_t tafel_A_UNDERLINE = A_UNDERLINE;
static const attr_t tafel_A_DIM = A_DIM;

static inline attr_t tafel_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }
static inline int tafel_key_f(int n) { return KEY_F(n); }
static inline int tafel_lines(void) { return LINES; }
static inline int tafel_cols(void) { return COLS; }
static inline int tafel_colors(void) { return COLORS; }
static inline WINDOW *tafel_stdscr(void) { return stdscr; }

// Bytes waiting to be read on a descriptor (FIONREAD; ioctl is variadic,
// which Swift cannot call), or -1. A terminal that poll() calls readable with
// nothing waiting has hung up.
static inline int tafel_bytes_waiting(int fd) {
  int count = 0;
  return ioctl(fd, FIONREAD, &count) < 0 ? -1 : count;
}

// Added for the terminal backend (TafelTerminal).
static const attr_t tafel_A_ITALIC = A_ITALIC;
static const attr_t tafel_A_BLINK = A_BLINK;

// Mouse masks are macros built from NCURSES_MOUSE_MASK: copied as constants.
static const mmask_t tafel_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t tafel_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t tafel_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t tafel_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t tafel_BUTTON5_PRESSED = BUTTON5_PRESSED;

// stdin/stdout are mutable C globals, which Swift 6 refuses to touch.
static inline FILE *tafel_stdin(void) { return stdin; }
static inline FILE *tafel_stdout(void) { return stdout; }
static inline int tafel_key_code_yes(void) { return KEY_CODE_YES; }

// After endwin: a terminal without an alternate screen (vt100: no rmcup)
// keeps the board's last frame, names and concerns included, under the
// shell's prompt; clear it (putp keeps the capability's padding).
static inline void tafel_clear_without_alternate_screen(void) {
  char *restore = tigetstr("rmcup");
  if (restore != NULL && restore != (char *)-1) return;
  char *clear = tigetstr("clear");
  if (clear == NULL || clear == (char *)-1) return;
  putp(clear);
  fflush(stdout);
}

// A cell with all its code points. setcchar keeps one spacing code point and
// drops the rest of a cell such as म + ा or 👩 + ZWJ + 👧; the cell's text is
// what the terminal receives, and ncurses counts its width by the first. At
// most CCHARW_MAX code points: a longer cell keeps its first, never a joiner.
static inline void tafel_set_cell(cchar_t *cell, const wchar_t *chars, int count, attr_t attributes,
                                  short pair) {
  wchar_t first[2] = {chars[0], 0};
  setcchar(cell, first, attributes, pair, NULL);
  if (count > CCHARW_MAX) count = 1;
  for (int i = 0; i < CCHARW_MAX; i++) cell->chars[i] = i < count ? chars[i] : 0;
}

#endif
