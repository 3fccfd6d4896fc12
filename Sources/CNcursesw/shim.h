#ifndef TACK_CNCURSESW_SHIM_H
#define TACK_CNCURSESW_SHIM_H
/* Keep glibc's default (misc) names as Swift's Glibc module sees them, and add X/Open 7 for the wide API. */
#define _DEFAULT_SOURCE 1
#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1
#include <fcntl.h>
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
 * Crash safety. On a fatal signal (a crash, an abort, or SIGQUIT) the handler, which touches only
 * async-signal-safe calls and static state:
 *   1. when a terminal is attached, restores its saved termios, writes the terminal's own "leave"
 *      sequence (attributes off, keypad off, cursor shown, main screen, bracketed paste off) and puts
 *      /dev/null in place of its descriptor, so nothing can draw over the shell afterwards;
 *   2. writes the report line ("tack: crashed on SIGSEGV; ...") to standard error, then, when asked,
 *      puts /dev/null in place of standard output and error (the backtrace goes to a file instead);
 *   3. runs the handler that was there before (the Swift runtime's backtracer) with the real context;
 *   4. ends the process with the signal's default action, even when that handler returned (the
 *      runtime's does, after a signal sent with kill(2), which would otherwise leave the process alive).
 *
 * The state is static: call these functions from one Swift source file only (CrashGuard.swift).
 */
enum { TACK_FATAL_SIGNAL_COUNT = 7, TACK_CRASH_TEXT_SIZE = 4096 };
static const int tack_fatal_signals[TACK_FATAL_SIGNAL_COUNT] = {
    SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGQUIT
};
static const char *const tack_fatal_signal_names[TACK_FATAL_SIGNAL_COUNT] = {
    "SIGSEGV", "SIGABRT", "SIGBUS", "SIGILL", "SIGFPE", "SIGTRAP", "SIGQUIT"
};

struct tack_crash_state {
    int installed;
    volatile sig_atomic_t fd;
    struct termios termios;
    char restore[TACK_CRASH_TEXT_SIZE];
    size_t restore_length;
    char report_prefix[TACK_CRASH_TEXT_SIZE];
    char report_suffix[TACK_CRASH_TEXT_SIZE];
    int silence_standard_output;
    struct sigaction previous[TACK_FATAL_SIGNAL_COUNT];
};

static inline struct tack_crash_state *tack_crash_state(void) {
    static struct tack_crash_state state = { .fd = -1 };
    return &state;
}

static inline void tack_crash_write(int fd, const char *text, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, text, length);
        if (written <= 0) {
            return;
        }
        text += written;
        length -= (size_t)written;
    }
}

static inline void tack_crash_copy(char *destination, const char *source) {
    size_t length = strlen(source);
    if (length >= TACK_CRASH_TEXT_SIZE) {
        length = TACK_CRASH_TEXT_SIZE - 1;
    }
    memcpy(destination, source, length);
    destination[length] = 0;
}

static void tack_on_fatal_signal(int signal_number, siginfo_t *info, void *context) {
    struct tack_crash_state *state = tack_crash_state();
    int slot = 0;
    while (slot < TACK_FATAL_SIGNAL_COUNT - 1 && tack_fatal_signals[slot] != signal_number) {
        slot++;
    }
    int null_fd = open("/dev/null", O_RDWR);
    int terminal = state->fd;
    if (terminal >= 0) {
        state->fd = -1;
        tcsetattr(terminal, TCSANOW, &state->termios);
        tack_crash_write(terminal, state->restore, state->restore_length);
        if (null_fd >= 0) {
            dup2(null_fd, terminal);
        }
    }
    tack_crash_write(STDERR_FILENO, state->report_prefix, strlen(state->report_prefix));
    tack_crash_write(STDERR_FILENO, tack_fatal_signal_names[slot], strlen(tack_fatal_signal_names[slot]));
    tack_crash_write(STDERR_FILENO, state->report_suffix, strlen(state->report_suffix));
    if (state->silence_standard_output && null_fd >= 0) {
        dup2(null_fd, STDOUT_FILENO);
        dup2(null_fd, STDERR_FILENO);
    }
    if (null_fd >= 0) {
        close(null_fd);
    }
    struct sigaction previous = state->previous[slot];
    sigaction(signal_number, &previous, NULL);
    if (previous.sa_flags & SA_SIGINFO) {
        if (previous.sa_sigaction != NULL) {
            previous.sa_sigaction(signal_number, info, context);
        }
    } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
        previous.sa_handler(signal_number);
    }
    signal(signal_number, SIG_DFL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signal_number);
    sigprocmask(SIG_UNBLOCK, &only, NULL);
    raise(signal_number);
    /* SIGQUIT's and the others' default actions end the process; a blocked or ignored signal cannot. */
    _exit(128 + signal_number);
}

/* The report line is "<prefix><SIGNAME><suffix>"; with silence_standard_output, standard output and
   error go to /dev/null after it. Until this is called the line is "tack: crashed on <SIGNAME>". */
static inline void tack_crash_set_report(const char *prefix, const char *suffix, int silence_standard_output) {
    struct tack_crash_state *state = tack_crash_state();
    tack_crash_copy(state->report_prefix, prefix);
    tack_crash_copy(state->report_suffix, suffix);
    state->silence_standard_output = silence_standard_output;
}

/* Installs the handler for every fatal signal, once. */
static inline void tack_crash_install(void) {
    struct tack_crash_state *state = tack_crash_state();
    if (state->installed) {
        return;
    }
    state->installed = 1;
    if (state->report_prefix[0] == 0) {
        tack_crash_set_report("tack: crashed on ", "\n", 0);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = tack_on_fatal_signal;
    /* On the alternate stack the Swift runtime sets up, so a stack overflow is handled too. */
    action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int index = 0; index < TACK_FATAL_SIGNAL_COUNT; index++) {
        sigaction(tack_fatal_signals[index], &action, &state->previous[index]);
    }
}

/* From now on a crash restores the terminal on `fd` to `saved` and writes `restore` to it first. */
static inline void tack_crash_attach_terminal(int fd, const struct termios *saved, const char *restore) {
    struct tack_crash_state *state = tack_crash_state();
    state->fd = -1;
    state->termios = *saved;
    tack_crash_copy(state->restore, restore);
    state->restore_length = strlen(state->restore);
    state->fd = fd;
}

static inline void tack_crash_detach_terminal(void) {
    tack_crash_state()->fd = -1;
}

#endif
