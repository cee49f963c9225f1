// Placeholder until the viewer issue lands: says so plainly and fails.
#include <iostream>
int main() {
  std::cerr << "annalist-view: not implemented yet\n";
  return 2;
}
