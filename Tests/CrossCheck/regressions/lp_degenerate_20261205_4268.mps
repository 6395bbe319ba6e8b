NAME lp_degenerate_20261205_4268
ROWS
 N  OBJ
 L  r1
 G  r2
 L  r3
 E  r4
 L  r5
 G  r6
 L  r7
 G  r8
 L  r9
 L  r10
 G  r11
 L  dup1
 L  dup2
 G  dup3
COLUMNS
 x1  r1  6  r2  -3
 x1  r4  5  r5  -1
 x1  r6  1  r7  3
 x1  r8  8  dup3  -6
 x2  r3  6  r4  -5
 x2  r6  9  r9  2
 x2  r10  4  r11  -8
 x2  dup1  4  dup2  4
 x3  r2  1  r3  -4
 x3  r4  -1  r5  -9
 x3  r6  -8  r8  -8
 x3  r11  1  dup3  2
 x4  r2  3  r5  -4
 x4  r6  -2  r7  -4
 x4  r8  -4  r11  -2
 x4  dup3  6
 x5  r2  -5  r4  -3
 x5  r6  -9  r8  2
 x5  dup3  -10
 x6  r3  2  r4  2
 x6  r5  -3  r7  -8
 x6  r8  5  r9  8
 x6  r10  -2  dup1  -2
 x6  dup2  -2
 x7  r3  -3  r4  -3
 x7  r5  4  r7  -7
 x7  r8  -9  r11  6
RHS
 RHS  r1  -10.5
 RHS  r2  20.75
 RHS  r3  115.25
 RHS  r4  -66
 RHS  r5  84.5
 RHS  r6  231.5
 RHS  r7  -93
 RHS  r8  17.25
 RHS  r9  76
 RHS  r10  44
 RHS  r11  -89.25
 RHS  dup1  44
 RHS  dup2  44
 RHS  dup3  41.5
RANGES
 RNG  r1  6
 RNG  r8  -5
BOUNDS
 MI  BND  x1
 UP  BND  x2  14
 LO  BND  x3  -8.75
 FX  BND  x5  -4.25
 LO  BND  x6  6
 UP  BND  x6  10
 MI  BND  x7
 UP  BND  x7  5.25
ENDATA
