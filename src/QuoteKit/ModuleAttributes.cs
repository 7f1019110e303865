// The JIT need not zero a method's locals and stack buffers before use: the compiler's definite-assignment rules cover
// every local, and each stackalloc buffer of the library is written before it is read (a buffer read as zeros is
// cleared where it is made). Saves the zeroing of the stack buffers that name keys and lower-cased words go through.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
