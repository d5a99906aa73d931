/** Linux errno values (returned negated by system calls). */
export const EPERM = 1, ENOENT = 2, EBADF = 9, ENOMEM = 12, EACCES = 13, EFAULT = 14, EEXIST = 17, ENOTDIR = 20, EISDIR = 21;
export const EINTR = 4, ESRCH = 3, ENXIO = 6, E2BIG = 7, ENOEXEC = 8, ECHILD = 10, EAGAIN = 11, EPIPE = 32;
export const EINVAL = 22, EMFILE = 24, ENOTTY = 25, ENODEV = 19, ESPIPE = 29, ENAMETOOLONG = 36, ENOSYS = 38;
export const EBUSY = 16, EFBIG = 27, ELOOP = 40, EOVERFLOW = 75;
export const EOPNOTSUPP = 95, ERANGE = 34, ETXTBSY = 26, ENOPKG = 65, EXDEV = 18, ENOTEMPTY = 39, ETIMEDOUT = 110;
