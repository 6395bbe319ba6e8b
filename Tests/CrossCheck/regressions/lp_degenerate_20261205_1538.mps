NAME lp_degenerate_20261205_1538
ROWS
 N  OBJ
 G  r1
 G  r2
 E  r3
 L  r4
 L  r5
 G  r6
 L  dup1
 G  dup2
COLUMNS
 x1  r1  8  r2  -5
 x1  r3  9  dup2  24
 x2  r4  4  r5  7
 x2  r6  -1  dup1  8
 x3  r4  1  r5  -4
 x3  dup1  2
 x4  r1  -9  r3  -3
 x4  r5  -7  r6  -8
 x4  dup2  -27
RHS
 RHS  OBJ  40
 RHS  r1  -11
 RHS  r2  1.25
 RHS  r3  -11.25
 RHS  r4  -13
 RHS  r5  -18.25
 RHS  r6  -9.25
 RHS  dup1  -26
 RHS  dup2  -33
RANGES
 RNG  r3  9
 RNG  r6  -4
BOUNDS
 FX  BND  x1  -0.25
 LO  BND  x2  -2.75
 LO  BND  x3  -2
 UP  BND  x3  8.75
ENDATA
