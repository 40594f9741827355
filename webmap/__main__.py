from webmap.cli import main

raise SystemExit(main())
