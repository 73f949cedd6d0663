// The C door for starting processes: glibc declares pipe2 only under
// _GNU_SOURCE, which Swift's Glibc module does not set. pipe2 with O_CLOEXEC
// makes both ends close on exec in one step, so a process started on another
// thread at that moment can never inherit them (ProcessRunner.swift).
#ifndef TAFEL_CPROCESS_SHIM_H
#define TAFEL_CPROCESS_SHIM_H

extern int pipe2(int pipefd[2], int flags);

#endif
