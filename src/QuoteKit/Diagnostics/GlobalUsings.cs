// The work counter is called from every pass as a one-line increment; a global using keeps it one line.
global using QuoteKit.Diagnostics;
