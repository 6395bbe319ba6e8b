// The C interface aifactory uses: LAPACKE (LAPACK's C binding) and CBLAS from OpenBLAS.
// Debian: libopenblas-dev, liblapacke-dev.
#include <lapacke.h>
#include <cblas.h>

// OpenBLAS's thread-count switch, declared here so that the build does not depend on which
// cblas.h the Debian alternatives system points at. aifactory calls it once with 1 (see
// LinearAlgebra/LAPACKCalls.swift).
void openblas_set_num_threads(int num_threads);
