#ifndef OAM_CPROCESSCONTROL_H
#define OAM_CPROCESSCONTROL_H

/// Makes the calling process a child subreaper (Linux `prctl(PR_SET_CHILD_SUBREAPER, 1)`):
/// descendants orphaned below it are re-parented to it rather than to init, so the host
/// can find and kill an adapter's grandchild that left its process group with setsid().
/// Returns 0, or -1 with errno set (always -1 with ENOSYS on systems without it).
/// `prctl` is variadic, which Swift cannot call; this wrapper is why the target exists.
int oam_become_child_subreaper(void);

#endif
