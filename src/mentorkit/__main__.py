from mentorkit.start import main

main()
