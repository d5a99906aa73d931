/** Linux errno values (returned negated by system calls). */
export const EBADF = 9, ENOMEM = 12, EFAULT = 14, EINVAL = 22, ENOSYS = 38;
