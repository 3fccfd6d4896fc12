#ifndef TACK_CNCURSESW_SHIM_H
#define TACK_CNCURSESW_SHIM_H
/* Keep glibc's default (misc) names as Swift's Glibc module sees them, and add X/Open 7 for the wide API. */
#define _DEFAULT_SOURCE 1
#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

/* Macros and C globals that Swift cannot import (or refuses under strict concurrency). */

static inline WINDOW *tack_stdscr(void) { return stdscr; }
static inline int tack_colors(void) { return COLORS; }
static inline int tack_window_width(WINDOW *window) { return getmaxx(window); }
static inline int tack_window_height(WINDOW *window) { return getmaxy(window); }

static inline attr_t tack_attr_bold(void) { return A_BOLD; }
static inline attr_t tack_attr_dim(void) { return A_DIM; }
static inline attr_t tack_attr_italic(void) { return A_ITALIC; }
static inline attr_t tack_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t tack_attr_reverse(void) { return A_REVERSE; }

/* Sets the attributes and (possibly extended, above 32767) colour pair for what is drawn next. */
static inline int tack_set_attributes(WINDOW *window, attr_t attributes, int pair) {
    return wattr_set(window, attributes, (short)pair, &pair);
}

/* The terminal's size in rows and columns as the kernel reports it; 0 on failure. */
static inline int tack_terminal_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) {
        return 0;
    }
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 1;
}

/*
 * Crash safety. A fatal signal must not leave the terminal raw: the handler restores the termios saved
 * before curses started, writes "bracketed paste off, leave the alternate screen, show the cursor" with
 * write(2), puts back the handler that was there before (the Swift runtime's backtracer, or the default
 * action) and raises the signal again for it. Everything it touches is async-signal-safe; it never
 * calls endwin.
 *
 * The state is static: call these functions from one Swift source file only.
 */
enum { TACK_FATAL_SIGNAL_COUNT = 5 };
static const int tack_fatal_signals[TACK_FATAL_SIGNAL_COUNT] = { SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE };

struct tack_crash_state {
    int fd;
    struct termios termios;
    struct sigaction previous[TACK_FATAL_SIGNAL_COUNT];
};

static inline struct tack_crash_state *tack_crash_state(void) {
    static struct tack_crash_state state = { .fd = -1 };
    return &state;
}

static void tack_restore_terminal_on_fatal_signal(int signal_number) {
    static const char restore[] = "\033[?2004l\033[?1049l\033[?25h";
    struct tack_crash_state *state = tack_crash_state();
    if (state->fd >= 0) {
        tcsetattr(state->fd, TCSANOW, &state->termios);
        ssize_t written = write(state->fd, restore, sizeof restore - 1);
        (void)written;
    }
    for (int index = 0; index < TACK_FATAL_SIGNAL_COUNT; index++) {
        if (tack_fatal_signals[index] == signal_number) {
            sigaction(signal_number, &state->previous[index], NULL);
        }
    }
    /* SA_NODEFER: delivered at once, to the previous handler or the default action. */
    raise(signal_number);
}

static inline void tack_install_fatal_signal_handlers(int fd, const struct termios *saved) {
    struct tack_crash_state *state = tack_crash_state();
    state->termios = *saved;
    state->fd = fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = tack_restore_terminal_on_fatal_signal;
    action.sa_flags = SA_NODEFER;
    sigemptyset(&action.sa_mask);
    for (int index = 0; index < TACK_FATAL_SIGNAL_COUNT; index++) {
        sigaction(tack_fatal_signals[index], &action, &state->previous[index]);
    }
}

static inline void tack_remove_fatal_signal_handlers(void) {
    struct tack_crash_state *state = tack_crash_state();
    if (state->fd < 0) {
        return;
    }
    for (int index = 0; index < TACK_FATAL_SIGNAL_COUNT; index++) {
        sigaction(tack_fatal_signals[index], &state->previous[index], NULL);
    }
    state->fd = -1;
}

#endif
