// The C interface aifactory uses: LAPACKE (LAPACK's C binding) and CBLAS from OpenBLAS.
// Debian: libopenblas-dev, liblapacke-dev.
#include <lapacke.h>
#include <cblas.h>
