NAME m4268
ROWS
 N  OBJ
 L  r1
 L  r3
 E  r4
 G  r6
 L  r10
 L  dup2
COLUMNS
 x1  r1  6  r4  5
 x1  r6  1
 x2  r3  6  r4  -5
 x2  r6  9  r10  4
 x2  dup2  4
 x3  r3  -4  r4  -1
 x3  r6  -8
 x5  r4  -3  r6  -9
 x6  r3  2  r4  2
 x6  r10  -2  dup2  -2
 x7  r3  -3  r4  -3
RHS
 RHS  r1  -10.5
 RHS  r3  115.25
 RHS  r4  -66
 RHS  r6  231.5
 RHS  r10  44
 RHS  dup2  44
RANGES
 RNG  r1  6
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
