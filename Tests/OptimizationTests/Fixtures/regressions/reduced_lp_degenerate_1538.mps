NAME m1538
ROWS
 N  OBJ
 G  r6
 L  dup1
 G  dup2
COLUMNS
 x1  dup2  24
 x2  r6  -1  dup1  8
 x3  dup1  2
 x4  r6  -8  dup2  -27
RHS
 RHS  OBJ  40
 RHS  r6  -9.25
 RHS  dup1  -26
 RHS  dup2  -33
RANGES
 RNG  r6  -4
BOUNDS
 FX  BND  x1  -0.25
 LO  BND  x2  -2.75
 LO  BND  x3  -2
 UP  BND  x3  8.75
ENDATA
